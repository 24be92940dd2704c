using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;
using NewsNlp.Repair.Contextual;

namespace NewsNlp.Repair;

/// <summary>
/// Restores capitals to lower-cased words with context ("russia" → "Russia", "the united states" →
/// "the United States", "Steve witkoff" → "Steve Witkoff", a lower-case sentence start). It only ever
/// raises case: correct acronyms and brands (NATO, iPhone) are never lowered. An averaged perceptron
/// decides among lower / Title / UPPER for the words the lexicon says can be capitalised; a word the corpus
/// writes mostly in mixed case takes that form ("McConnell").
/// </summary>
internal sealed class Truecaser
{
    public static readonly string[] Classes = ["lower", "title", "upper", "mixed"];

    // Words capitalised in under a tenth of their sightings (common words count four extra lower-case
    // ones) are left lower case without asking the model: "the", "security", "agreement". This keeps the
    // model to about one word in seven of news text, which is most of the stage's speed.
    private const double MinShareForCandidate = 0.1;

    // The accurate mode also asks about words capitalised in a fiftieth of their sightings ("service",
    // "housing": "the Housing Authority"): its contextual vectors tell a name's words from ordinary ones,
    // which the corpus share alone cannot. Only its model decides them (no text-form rule).
    private const double AccurateMinShareForCandidate = 0.02;

    /// <summary>A mid-sentence change in well-cased text needs this probability: the perceptron's softmax is sharp, so doubt shows late. In wholly lower-cased text the best class wins.</summary>
    private const double MinProbability = 0.8;

    // Two lower-case names make a text damaged (one is as often the writer's style: "i live in texas");
    // there the model's best class needs no more than a majority. Tuned on dev (eval repair --dev).
    private const int MinDamageClues = 2;
    private const double MinProbabilityInDamagedText = 0.5;

    // Accurate mode: a mid-sentence word with no other evidence is raised when the mixed probability that
    // it is capitalised (any class but lower) is at least this high (the contextual vectors see a name where the corpus
    // statistics cannot); in a text that shows damage elsewhere, a little less. Tuned on dev (eval repair
    // --dev --truecase-model accurate): without it casing recall 0.646, with 0.95 everywhere 0.657 (7 false
    // edits more on UD EWT dev), with 0.9 in damaged text only 0.652 (none more), with both 0.662.
    private const double MinContextualProbability = 0.95;
    private const double MinContextualProbabilityInDamagedText = 0.9;

    // A word the text itself writes capitalised elsewhere in the same pair, or in its own capitals.
    private const double TextFormConfidence = 0.9;

    // A lower-case word in parentheses spelling the initials of the name before it ("(who)").
    private const double AcronymConfidence = 0.9;

    // A longer word left in lower case in a heading that capitalises nearly all the others.
    private const double HeadingConfidence = 0.9;

    // The least share of a word's corpus sightings in capitals for the model's UPPER to stand.
    private const double MinAcronymShare = 0.02;

    // Name particles stay lower case inside names ("Ursula von der Leyen", "Vincent van Gogh").
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "del", "dos", "das", "bin", "ibn", "al" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    public Truecaser(CaseLexicon lexicon, PerceptronModel model)
    {
        Lexicon = lexicon;
        Model = model;
    }

    public CaseLexicon Lexicon { get; }

    public PerceptronModel Model { get; }

    /// <summary>
    /// True when a word may need capitals: lower-case, not a link, and either a sentence start, unknown, or
    /// seen capitalised (<paramref name="accurate"/>: in a fiftieth of its sightings, not a tenth).
    /// </summary>
    public static bool IsCandidate(WordToken word, CaseEntry? entry, bool accurate = false)
    {
        if (!word.Is(WordFlags.Lower) || word.Is(WordFlags.HasDigit) || word.Is(WordFlags.Protected) || word.Is(WordFlags.Heading))
        {
            return false;
        }

        return word.Is(WordFlags.SentenceStart) || entry == null || entry.ProperNoun
            || CasingEvidence.CapitalShare(entry) >= (accurate ? AccurateMinShareForCandidate : MinShareForCandidate);
    }

    /// <summary>
    /// Proposes casing edits for the lower-case words of <paramref name="words"/>. A text wholly in lower
    /// case is restored throughout only when <paramref name="restoreLowerCasedText"/> says it was damaged;
    /// otherwise it is the writer's style and gets the evidence test of well-cased text, sentence starts
    /// included. An unknown word that <paramref name="isLikelyTypo"/> accepts is left for the spelling
    /// repair, not taken for a name. <paramref name="entries"/> are the lexicon entries of the lower-case
    /// words (<see cref="TruecaseFeatures.LowerCaseEntries"/>), shared with the spelling repair. With
    /// <paramref name="contextual"/> (the accurate mode), the words the model decides are decided by its
    /// probabilities mixed with a head over contextual word vectors; every evidence test stays.
    /// </summary>
    public void Propose(string text, List<WordToken> words, CaseEntry?[] entries, List<PendingEdit> edits, bool restoreLowerCasedText, Func<string, WordToken, bool>? isLikelyTypo = null, ContextualCasing? contextual = null)
    {
        Span<uint> features = stackalloc uint[TruecaseFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[Classes.Length];
        var mode = TruecaseFeatures.DocumentMode(text, words, entries);
        var contextualScorer = contextual?.For(text, words, entries, mode);

        // In a wholly lower-cased text every word is in doubt; in well-cased text a lower-case word is
        // usually right, and only strong evidence (see CasingEvidence) lets the model capitalise it.
        var lowerCased = TruecaseFeatures.LooksLowerCased(mode);
        var evidence = lowerCased && restoreLowerCasedText ? null : new CasingEvidence(text, words, entries, Lexicon);

        // A text that shows damage elsewhere (lower-case names such as "russia") gets more of its capitals
        // back: its other lower-case words that the corpus often capitalises need only the model's word.
        var damaged = evidence != null && !lowerCased && evidence.DamageClues() >= MinDamageClues;
        var previousRaised = -1;

        // A writer who starts most sentences in lower case meant to: sentence starts then need evidence too.
        // So does one whose text is all lower case ("yeah sounds good").
        var startsNeedEvidence = evidence != null
            && ((lowerCased && TruecaseFeatures.AllStartsLower(words)) || TruecaseFeatures.StartsMostlyLower(words));

        // A writer who writes "i" at least twice and never "I" writes informally ("i live in texas"): the
        // lower-case names there are style, not damage, so only sentence starts are looked at.
        var informal = evidence != null && WritesLowerCaseI(text, words);

        // Title-case headings are left in their own style, except for the words their style shows lowered.
        var headingRaise = evidence != null ? LoweredHeadingWords(text, words, Lexicon) : null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!word.Is(WordFlags.Lower) || (informal && !word.Is(WordFlags.SentenceStart)))
            {
                continue;
            }

            // Hashtags and handles ("#ksleg", "@lyzl") are written as their owners chose; so are placeholders
            // left by scraping ("[image]", "[video]").
            if (word.Start > 0 && (text[word.Start - 1] is '#' or '@' || (text[word.Start - 1] == '[' && word.End < text.Length && text[word.End] == ']')))
            {
                continue;
            }

            // A letter before a slash is a shorthand ("w/", "w/o", "b/c"), not an initial.
            if (word.Length == 1 && word.End < text.Length && text[word.End] == '/')
            {
                continue;
            }

            if (evidence != null && !word.Is(WordFlags.Protected) && ParenthesisedAcronym.Restore(text, words, i) is { } acronym)
            {
                edits.Add(new PendingEdit(word.Start, word.End, acronym, EditKind.Casing, "acronym", AcronymConfidence));
                continue;
            }

            var span = text.AsSpan(word.Start, word.Length);
            var entry = entries[i];
            if (headingRaise != null && headingRaise[i])
            {
                edits.Add(new PendingEdit(word.Start, word.End, Apply(span, UsualCapitals(entry), entry), EditKind.Casing, "title-case-heading", HeadingConfidence));
                continue;
            }

            if (!word.Is(WordFlags.SentenceStart) && BeforeLowerCompoundPart(text, words, entries, i))
            {
                continue;
            }

            var start = word.Is(WordFlags.SentenceStart);
            var widened = contextualScorer != null && !IsCandidate(word, entry) && IsCandidate(word, entry, accurate: true);
            if ((!widened && !IsCandidate(word, entry)) || (!start && (ParticleLookup.Contains(span) || (entry == null && isLikelyTypo != null && isLikelyTypo(text, word)))))
            {
                continue;
            }

            // The text's own capitalised mentions outweigh the model, which knows only the corpus.
            if (evidence != null && !start && !widened && evidence.FormElsewhere(i, previousRaised == i - 1) is { } written)
            {
                edits.Add(new PendingEdit(word.Start, word.End, written, EditKind.Casing, "same-text", TextFormConfidence));
                previousRaised = i;
                continue;
            }

            var strength = evidence == null || (start && !startsNeedEvidence) ? 1.0 : evidence.Strength(i, previousRaised == i - 1);
            var fromDamage = false;
            if (strength <= 0 && damaged && !start)
            {
                strength = evidence!.DamagedTextStrength(i);
                fromDamage = strength > 0;
            }

            var fromNeighbours = false;
            if (strength <= 0 && evidence != null && !start)
            {
                strength = evidence.BesideCapitalisedShare(i, previousRaised == i - 1);
                fromNeighbours = strength > 0;
            }

            var fromContext = false;
            if (strength <= 0 && !start && contextualScorer != null)
            {
                strength = damaged ? MinContextualProbabilityInDamagedText : MinContextualProbability;
                fromContext = true;
            }

            if (strength <= 0)
            {
                continue;
            }

            var n = TruecaseFeatures.Extract(text, words, i, entries, Lexicon, mode, features);
            Model.Score(features[..n], scores);
            PerceptronModel.Softmax(scores);
            contextualScorer?.Mix(i, scores);
            var best = PerceptronModel.ArgMax(scores);
            var rule = fromContext ? "contextual" : "truecase";

            // The contextual rule asks whether the word is capitalised at all (Title and UPPER together);
            // which capitals it takes is decided below as for any other word.
            var probability = fromContext ? 1 - scores[0] : scores[best];
            var confidence = Math.Min(probability, strength);
            var minProbability = fromContext ? strength : fromDamage || fromNeighbours ? MinProbabilityInDamagedText : MinProbability;
            if (best == 0 || (!start && evidence != null && probability < minProbability))
            {
                if (!start || startsNeedEvidence)
                {
                    continue;
                }

                // A sentence never starts in lower case, whatever the word is; it takes its usual capitals
                // ("mccabe" → "McCabe", "nato" → "NATO").
                best = 1;
                rule = "sentence-start";
                confidence = 0.9;
            }

            previousRaised = i;

            // The model tells lower from capitalised well, and Title from UPPER less so: a word the corpus
            // writes almost only one capitalised way gets that way ("nasa's" → "NASA's", not "Nasa's").
            if (best == 1 || (best == 2 && IsAllCapitalsStyle(entry)))
            {
                best = UsualCapitals(entry);
            }

            var cased = Apply(span, best, entry);
            edits.Add(new PendingEdit(word.Start, word.End, cased, EditKind.Casing, rule, confidence));
        }
    }

    // An ordinary word the corpus writes in capitals only in a sliver of its sightings (all-capitals
    // headlines and shouting: "AND") is no acronym, whatever capitals stand beside it here ("Yahoo!
    // and AOL"); unknown words are the model's to judge.
    private static bool IsAllCapitalsStyle(CaseEntry? entry)
        => entry != null && entry.Upper < MinAcronymShare * entry.Total;

    // The first part of a hyphenated word whose second part is lower case and rarely capitalised ("wi-fi",
    // "e-mail") belongs to an ordinary word; "trans-pacific" (Pacific) and "us-led" do not qualify.
    private static bool BeforeLowerCompoundPart(string text, List<WordToken> words, CaseEntry?[] entries, int i)
        => i + 1 < words.Count && words[i].End < text.Length && text[words[i].End] == '-' && words[i + 1].Start == words[i].End + 1
            && words[i + 1].Is(WordFlags.Lower) && entries[i + 1] is { } next && CasingEvidence.CapitalShare(next) < CasingEvidence.MultiwordShare;

    // Null when the text has no title-case heading (nearly always: no array is made).
    private static bool[]? LoweredHeadingWords(string text, List<WordToken> words, CaseLexicon lexicon)
    {
        if (!words.Exists(w => w.Is(WordFlags.Heading) && w.Is(WordFlags.Lower)))
        {
            return null;
        }

        var raise = new bool[words.Count];
        TitleCaseHeading.FindLoweredWords(text, words, lexicon, raise);
        return raise;
    }

    // Damage lowers a quarter of the "I"s, so a damaged text with two lowered ones nearly always shows a
    // capital one too. Tuned on dev: "more i than I" also caught damaged texts with one "I" (GUM casing
    // recall 0.64 → 0.50).
    private static bool WritesLowerCaseI(string text, List<WordToken> words)
    {
        int lower = 0, upper = 0;
        foreach (var w in words)
        {
            if (w.Length == 1)
            {
                lower += text[w.Start] == 'i' ? 1 : 0;
                upper += text[w.Start] == 'I' ? 1 : 0;
            }
        }

        return lower >= 2 && upper == 0;
    }

    // UPPER or Mixed when the corpus writes the word so more often than any other way, three times or
    // more; otherwise Title ("it" stays "It" although "IT" is seen more often mid-sentence than "It").
    private static int UsualCapitals(CaseEntry? entry)
    {
        if (entry == null)
        {
            return 1;
        }

        var others = Math.Max(entry.Lower, entry.Title);
        return entry.Upper > others && entry.Upper >= entry.Mixed && entry.Upper >= 3 ? 2
            : entry.Mixed > others && entry.Mixed > entry.Upper && entry.Mixed >= 3 && entry.MixedForm.Length > 0 ? 3 : 1;
    }

    /// <summary>The word written in class <paramref name="cls"/>.</summary>
    public static string Apply(ReadOnlySpan<char> word, int cls, CaseEntry? entry)
    {
        if (cls == 3 && entry != null && entry.MixedForm.Length > 0 && entry.MixedForm.Length <= word.Length)
        {
            return string.Concat(entry.MixedForm, word[entry.MixedForm.Length..]);
        }

        var chars = word.ToArray();
        if (cls == 2)
        {
            // Keep a possessive "’s" in lower case: "NATO’s".
            var end = chars.Length > 2 && chars[^2] is '\'' or '’' ? chars.Length - 2 : chars.Length;
            for (var k = 0; k < end; k++)
            {
                chars[k] = char.ToUpperInvariant(chars[k]);
            }
        }
        else
        {
            chars[0] = char.ToUpperInvariant(chars[0]);
        }

        return new string(chars);
    }

    /// <summary>
    /// The class of a correctly cased word, as training labels it. Without an <paramref name="entry"/> (the
    /// lexicon counting case forms) any word mixing capitals and lower case is Mixed ("McConnell", "iPhone");
    /// with one, only a word starting with the entry's usual mixed form is, since only that form can be
    /// written back (<see cref="Apply"/>).
    /// </summary>
    public static int ClassOf(ReadOnlySpan<char> word, CaseEntry? entry)
    {
        word = Possessive.Strip(word);
        var shape = WordScanner.Shape(word);
        if ((shape & WordFlags.Lower) != 0)
        {
            return 0;
        }

        if ((shape & WordFlags.Title) != 0)
        {
            return 1;
        }

        if ((shape & WordFlags.Upper) != 0)
        {
            return 2;
        }

        if (entry == null)
        {
            // Not lower, Title or UPPER: capitals mixed with lower case, or no letters at all ("1994").
            foreach (var c in word)
            {
                if (char.IsUpper(c))
                {
                    return 3;
                }
            }

            return 0;
        }

        return entry.MixedForm.Length > 0 && word.StartsWith(entry.MixedForm, StringComparison.Ordinal) ? 3
            : char.IsUpper(word[0]) ? 1 : 0;
    }
}
