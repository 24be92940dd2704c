using NewsNlp.Analysis.Entities;
using NewsNlp.Documents;
using System.Runtime.InteropServices;

namespace NewsNlp.Repair;

/// <summary>
/// Decides whether a lower-case word of well-cased text has strong enough evidence to be capitalised. In
/// such text most lower-case words are right ("Chinese leader Xi", "march through"), so the truecaser's
/// opinion alone is not enough: the word must be a name that is not also an ordinary word ("russia",
/// "putin"), be written capitalised more often than not in the same text ("Witkoff … witkoff"), or be
/// an ordinary word of a multiword name next to another part of it ("state Department", "united states").
/// </summary>
internal sealed class CasingEvidence(string text, List<WordToken> words, IReadOnlyList<CaseEntry?> entries, CaseLexicon lexicon)
{
    /// <summary>Share of capitalised sightings from which a word counts as a name.</summary>
    public const double NameShare = 0.9;

    // An ordinary word (in the word list) is taken for a name on its own only when capitalised this often
    // over many sightings: "trump", "twitter" yes; "march", "brown", "sessions", "explorer", "democratic"
    // need a name beside them. Tuned on dev: 0.97 → 0.93 restored 5 more words of NewsMTSC dev_rw at no
    // false edit; 0.9 cost one ("Whether democratic values"). Single letters ("u", "d") are never names so.
    private const double OrdinaryWordNameShare = 0.93;
    private const int OrdinaryWordMinSightings = 20;

    // An ordinary word takes part in multiword names ("State", "United") when capitalised this often;
    // after a name part ("House press") it must be capitalised at least half the time.
    public const double MultiwordShare = 0.3;
    private const double AfterNamePartShare = 0.5;

    // A word pair written capitalised this often, and at least this many times, in the corpus is a name
    // ("White House", "Supreme Court"); rarer pairs ("security advisor") are as often a style.
    private const double TitleBigramMinShare = 0.9;
    private const int TitleBigramMinCapitalised = 5;

    // A word capitalised this often, of at least this many sightings, beside a capitalised word on the
    // same side in the corpus takes part in names there (CaseEntry.AfterCapitalised, BeforeCapitalised).
    // Tuned on dev (eval repair --dev): 0.95 of 5 restored 11 more words at no false edit; 0.9 of 3 cost
    // 2 false edits on UD EWT dev, 0.8 of 3 as many for two more words (GUM news).
    private const double NeighbourMinShare = 0.95;
    private const int NeighbourMinSightings = 5;

    private const GazetteerKind Places = GazetteerKind.Political | GazetteerKind.Region;

    // Per key hash (CaseLexicon.KeyHashOf): how often the word is written in lower case and capitalised.
    private Dictionary<ulong, (int Lower, int Capitalised)>? _counts;
    private TextCaseMemory? _memory;

    /// <summary>Capitalised sightings over all sightings; a word in the word list counts four extra lower-case ones.</summary>
    public static double CapitalShare(CaseEntry entry)
        => entry.Total == 0 ? 0 : (double)entry.NotLower / (entry.Total + (entry.CommonWord ? 4 : 0));

    /// <summary>A word seen capitalised nearly always, or listed as a proper noun when rarely seen.</summary>
    public static bool IsName(CaseEntry? entry)
        => entry != null && (entry.Total >= 3 ? entry.NotLower >= NameShare * entry.Total : entry.ProperNoun);

    /// <summary>
    /// How strongly word <paramref name="index"/> should be capitalised, from 0 (no evidence: leave it) to
    /// 1. <paramref name="previousRaised"/> says the word before it is being capitalised.
    /// </summary>
    public double Strength(int index, bool previousRaised)
    {
        var entry = entries[index];
        var (lower, capitalised) = CountsInText(index);

        // A name that is not also an ordinary word, or nearly never one ("russia", "trump"), is damage
        // however often it is lowered; but a name usually written in mixed case ("WiFi") that the writer
        // writes twice in lower case and never capitalised is the writer's spelling ("wifi").
        var share = entry == null ? 0 : CapitalShare(entry);
        if (IsName(entry) && (!entry!.CommonWord || (share >= OrdinaryWordNameShare && entry.Total >= OrdinaryWordMinSightings && words[index].Length >= 2))
            && !(lower >= 2 && capitalised == 0 && entry.Mixed > entry.Title))
        {
            return Math.Max(share, NameShare);
        }

        // An unknown or ordinary word written in lower case at least twice and never capitalised ("i",
        // "lyz") is how this writer spells it, not damage: damage lowers a scattering of words, so the
        // capitals would show too.
        if (lower >= 2 && capitalised == 0 && (entry == null || entry.CommonWord))
        {
            return 0;
        }

        if (entry == null)
        {
            // A surname after a capitalised given name: "Dana perino", "John shimkus".
            return capitalised >= lower || AfterGivenName(index) || AfterHonorific(index) ? NameShare : 0;
        }

        // A surname after "Mr." or "Ms.", however ordinary the word ("Ms. warren", "Mr. sessions"); a month
        // before a day of the month ("may 8, 2009").
        if (AfterHonorific(index) || BeforeDayOfMonth(index))
        {
            return NameShare;
        }

        // A surname the corpus has seen too rarely to call a name, but mostly capitalised and never as an
        // ordinary word, after a given name: "Dana perino", "John shimkus".
        if (!entry.CommonWord && share >= AfterNamePartShare && AfterGivenName(index))
        {
            return NameShare;
        }

        // A word nearly always capitalised in the corpus that this writer capitalises too, at least as
        // often as not ("I figured i would"): the lower-case sighting is damage.
        if (IsName(entry) && capitalised > 0 && capitalised >= lower)
        {
            return NameShare;
        }

        // A pair the corpus nearly always writes capitalised: "white house" (counsel), "house Speaker",
        // "chuck Schumer".
        var pair = TitleBigramShare(index, previousRaised);
        if (pair > 0)
        {
            return 0.5 + (pair / 2);
        }

        // A title before a person's name stays as written ("Commission president Ursula von der Leyen",
        // "U.S. president Donald Trump", "director Bill Condon": many styles lower such titles), unless it
        // stands inside a capitalised title ("Japanese prime Minister Shinzo Abe", "County associate Judge
        // Linda Abrahamson").
        if (!previousRaised && BeforePersonName(index) && !InsideTitle(index))
        {
            return 0;
        }

        var multiword = share >= MultiwordShare
            && (previousRaised || IsNamePart(index + 1) || (share >= AfterNamePartShare && IsNamePart(index - 1))
                || (IsName(entry) && IsLowerNamePart(index + 1)));
        return multiword ? 0.5 + (share / 2) : 0;
    }

    /// <summary>
    /// Word <paramref name="index"/> as the text itself writes it elsewhere, or null. Damage lowers a
    /// scattering of words, so the text's other mentions are the best evidence: a pair of words the text
    /// writes capitalised elsewhere ("Johns Hopkins Medical Center … Hopkins medical Center", "World Health
    /// Organisation … world health Organisation") comes back whole, whatever the corpus says of its
    /// ordinary words; a word that is not an ordinary word comes back in the capitals or mixed case the
    /// text gives it ("IDD … idd", "McAuliffe … mcauliffe"; not "US … us"). <paramref name="previousRaised"/>
    /// says the word before it is being capitalised.
    /// </summary>
    public string? FormElsewhere(int index, bool previousRaised)
    {
        if (_memory == null)
        {
            Remember();
        }

        var word = text.AsSpan(words[index].Start, words[index].Length);
        var key = CaseLexicon.KeyHashOf(word);
        var form = _memory!.FormOf(key);
        var entry = entries[index];
        if (form >= 0 && !words[form].Is(WordFlags.Title) && (entry == null || (!entry.CommonWord && (!words[form].Is(WordFlags.Upper) || entry.Upper >= entry.Title))))
        {
            return WrittenAs(word, form);
        }

        // The pair's other word must be capitalised here: a pair the writer leaves wholly in lower case
        // ("a national park" beside "the National Park") is as often the writer's own inconsistency.
        var next = index + 1;
        var withNext = next < words.Count && !words[next].Is(WordFlags.Lower) && IsOneSpaceApart(index, next)
            && _memory.HasPair(key, KeyOf(next));
        var previous = index - 1;
        var withPrevious = !withNext && previous >= 0 && (previousRaised || !words[previous].Is(WordFlags.Lower)) && IsOneSpaceApart(previous, index)
            && _memory.HasPair(KeyOf(previous), key);
        if (!withNext && !withPrevious)
        {
            return null;
        }

        return form >= 0 ? WrittenAs(word, form) : Truecaser.Apply(word, 1, null);
    }

    // The word with the capitals of word form, keeping its own ending ("mcconnell’s" → "McConnell’s").
    private string WrittenAs(ReadOnlySpan<char> word, int form)
    {
        var bare = Possessive.Strip(word);
        var formBare = Possessive.Strip(text.AsSpan(words[form].Start, words[form].Length));
        return formBare.Length == bare.Length ? string.Concat(formBare, word[bare.Length..]) : Truecaser.Apply(word, 1, null);
    }

    /// <summary>
    /// Signs that the text was damaged: lower-case words that are names and not also ordinary words
    /// ("russia", "google"), away from sentence starts, headings and links.
    /// </summary>
    public int DamageClues()
    {
        var clues = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (!w.Is(WordFlags.Lower) || w.Is(WordFlags.SentenceStart) || w.Is(WordFlags.Heading) || w.Is(WordFlags.Protected) || w.Is(WordFlags.HasDigit))
            {
                continue;
            }

            // Seen at least a few times in the corpus, nearly always capitalised: not a one-off sighting.
            if (entries[i] is { } entry && !entry.CommonWord && entry.Total >= 3 && IsName(entry))
            {
                clues++;
            }
        }

        return clues;
    }

    /// <summary>
    /// In a text that shows damage elsewhere, a lower-case word the corpus capitalises at least 30% of the
    /// time where it stands (beside a capitalised word, or away from one) is taken for lowered too, unless
    /// the writer keeps writing it in lower case or it stands before a place name. Unknown words are not
    /// (letting them through cost more false edits than it gained on dev).
    /// </summary>
    public double DamagedTextStrength(int index)
    {
        var entry = entries[index];
        var (lower, capitalised) = CountsInText(index);
        if (entry == null || (lower >= 2 && capitalised == 0 && entry.CommonWord))
        {
            return 0;
        }

        // A modifier before a place name is lower case in news style ("eastern Ukraine", "rainy Ottawa"),
        // unless the corpus writes the pair capitalised ("Eastern Europe", "New York").
        if (BeforePlaceName(index) && lexicon.TitleBigramShare(text.AsSpan(words[index].Start, words[index].Length), text.AsSpan(words[index + 1].Start, words[index + 1].Length)) <= 0)
        {
            return 0;
        }

        // Beside no capitalised word, only the corpus sightings away from capitalised words count: "accord"
        // is capitalised in 9 of its 14 sightings, each after a capitalised word ("the Paris Accord"), so
        // "a peace accord" is no damage; nor is "akin to" (capitalised 4 times in 7, 3 of them beside a
        // capitalised word: a surname).
        var share = BesideCapitalised(index) ? CapitalShare(entry) : CapitalShareAwayFromCapitals(entry);
        return share >= MultiwordShare ? 0.5 + (share / 2) : 0;
    }

    // The next word, one space on, is a capitalised country, city, US state or region ("Ukraine", "Europe").
    private bool BeforePlaceName(int index)
        => IsCapitalisedMidSentence(index + 1) && IsOneSpaceApart(index, index + 1)
            && (Gazetteer.Default.Lookup(text.AsSpan(words[index + 1].Start, words[index + 1].Length)) & Places) != 0;

    // One space after or before a capitalised word (Title case, not a possessive before the word), as the
    // lexicon counts its neighbour sightings.
    private bool BesideCapitalised(int index)
        => (index > 0 && IsCapitalisedMidSentence(index - 1) && IsOneSpaceApart(index - 1, index)
                && !IsPossessive(text.AsSpan(words[index - 1].Start, words[index - 1].Length)))
            || (IsCapitalisedMidSentence(index + 1) && IsOneSpaceApart(index, index + 1));

    // The capital share of the sightings that were beside no capitalised word: all sightings less those
    // the lexicon counts after and before one (a sighting between two is taken away twice, from both
    // counts; such sightings are few). A word in the word list counts four extra lower-case ones.
    private static double CapitalShareAwayFromCapitals(CaseEntry entry)
    {
        var capitalised = Math.Max(0, entry.NotLower - entry.AfterCapitalised.Capitalised - entry.BeforeCapitalised.Capitalised);
        var total = Math.Max(0, entry.Total - entry.AfterCapitalised.Total - entry.BeforeCapitalised.Total) + (entry.CommonWord ? 4 : 0);
        return total == 0 ? 0 : (double)capitalised / total;
    }

    // The word before is a capitalised name, one space before, and not a possessive ("Spencer's fiancee"):
    // a name the corpus knows, or, mid-sentence (at a sentence start any word is capitalised), a name that
    // is also an ordinary word ("Tom molomby") or a word the corpus does not know ("her sister Alysia
    // vanitzian"). Not before a word of two letters ("Déjà vu").
    private bool AfterGivenName(int index)
        => index > 0 && words[index].Length >= 3 && IsCapitalisedMidSentenceOrStart(index - 1) && IsOneSpaceApart(index - 1, index)
            && !IsPossessive(text.AsSpan(words[index - 1].Start, words[index - 1].Length))
            && (lexicon.Find(text.AsSpan(words[index - 1].Start, words[index - 1].Length)) is { } entry
                ? IsName(entry) && (!entry.CommonWord || !words[index - 1].Is(WordFlags.SentenceStart))
                : !words[index - 1].Is(WordFlags.SentenceStart));

    // Right after "Mr.", "Mrs.", "Ms." or "Dr." and one space: nothing but a name stands there.
    private bool AfterHonorific(int index)
    {
        if (index == 0 || !IsOneSpaceApartOverPeriod(index - 1, index))
        {
            return false;
        }

        var before = text.AsSpan(words[index - 1].Start, words[index - 1].Length);
        return before is "Mr" or "Mrs" or "Ms" or "Dr";
    }

    // A month name that is also an ordinary word, one space before a number of one or two digits that
    // ends there ("may 8, 2009", "march 3."; not "may 2024" or "may 10th").
    private bool BeforeDayOfMonth(int index)
    {
        var word = text.AsSpan(words[index].Start, words[index].Length);
        if (word is not ("may" or "march" or "august") || words[index].End + 1 >= text.Length || text[words[index].End] != ' ')
        {
            return false;
        }

        var digits = 0;
        var i = words[index].End + 1;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && digits < 3)
        {
            digits++;
            i++;
        }

        return digits is 1 or 2 && (i == text.Length || !char.IsLetterOrDigit(text[i]));
    }

    // "Mr. warren": the word, a period, one space, the next word.
    private bool IsOneSpaceApartOverPeriod(int first, int second)
        => words[second].Start == words[first].End + 2 && text[words[first].End] == '.' && text[words[first].End + 1] == ' ';

    private static bool IsPossessive(ReadOnlySpan<char> word) => Possessive.Strip(word).Length < word.Length;

    private bool IsCapitalisedMidSentenceOrStart(int index) => words[index].Is(WordFlags.Title) && words[index].Length >= 2;

    // A capitalised ordinary word that is not itself a name: "Department", "States", "House" — the kind
    // that forms multiword names. "Xi" or "Trump" (nearly always capitalised) does not, so "leader Xi" stays;
    // nor does "Insurance" (capitalised only in titles), so "state Insurance Commissioner" stays.
    private bool IsNamePart(int index)
    {
        if (index < 0 || !IsCapitalisedMidSentence(index))
        {
            return false;
        }

        var entry = lexicon.Find(text.AsSpan(words[index].Start, words[index].Length));
        return entry != null && entry.CommonWord && !entry.ProperNoun && CapitalShare(entry) is >= MultiwordShare and < NameShare;
    }

    // The share of capitalised sightings of the word's pair with its neighbour, when it is at least
    // TitleBigramMinShare: with the next word (capitalised, or in lower case when often capitalised itself,
    // so that the pair comes back whole: "white house", not "quality, affordable care"; or the last word of
    // a person's name, so that a given name comes back, "chuck Schumer", but not a title before a whole
    // name, "U.S. president Donald Trump"), or, when the word does not stand before a person's name, with
    // a capitalised or just raised word before it.
    private double TitleBigramShare(int index, bool previousRaised)
    {
        var word = text.AsSpan(words[index].Start, words[index].Length);
        var next = index + 1;
        if (next < words.Count && !words[next].Is(WordFlags.SentenceStart) && IsOneSpaceApart(index, next)
            && (IsOftenCapitalisedLower(next) || (IsCapitalisedMidSentence(next) && (!IsCapitalisedName(next) || !IsCapitalisedMidSentence(next + 1)))))
        {
            var share = lexicon.TitleBigramShare(word, text.AsSpan(words[next].Start, words[next].Length), TitleBigramMinCapitalised);
            if (share >= TitleBigramMinShare)
            {
                return share;
            }
        }

        var previous = index - 1;
        if (previous < 0 || words[index].Is(WordFlags.SentenceStart) || !IsOneSpaceApart(previous, index)
            || !(previousRaised || IsCapitalisedMidSentence(previous)) || BeforePersonName(index))
        {
            return 0;
        }

        var before = lexicon.TitleBigramShare(text.AsSpan(words[previous].Start, words[previous].Length), word, TitleBigramMinCapitalised);
        return before >= TitleBigramMinShare ? before : 0;
    }

    /// <summary>
    /// A word the corpus nearly always capitalises beside a capitalised word, on that side: a head noun of
    /// names after one ("General assembly", "Hofstra university"; not "the Trump administration"), or a
    /// modifier inside names before one ("east Room"; not a title before a person's name). The strength is
    /// the corpus share, or 0.
    /// </summary>
    public double BesideCapitalisedShare(int index, bool previousRaised)
    {
        if (entries[index] is not { } entry || (!previousRaised && BeforePersonName(index) && !InsideTitle(index)))
        {
            return 0;
        }

        var previous = index - 1;
        if (previous >= 0 && !words[index].Is(WordFlags.SentenceStart) && IsCapitalisedMidSentence(previous) && IsOneSpaceApart(previous, index)
            && !IsPossessive(text.AsSpan(words[previous].Start, words[previous].Length)) && NeighbourShare(entry.AfterCapitalised) is > 0 and var after)
        {
            return after;
        }

        var next = index + 1;
        return next < words.Count && IsCapitalisedMidSentence(next) && IsOneSpaceApart(index, next)
            && !IsPossessive(text.AsSpan(words[index].Start, words[index].Length)) ? NeighbourShare(entry.BeforeCapitalised) : 0;
    }

    private static double NeighbourShare(BigramCounts counts)
    {
        var share = counts.Total >= NeighbourMinSightings ? (double)counts.Capitalised / counts.Total : 0;
        return share >= NeighbourMinShare ? share : 0;
    }

    // As the lexicon counts pairs: "white house", not "white-house" or "white, house".
    private bool IsOneSpaceApart(int first, int second)
        => words[second].Start == words[first].End + 1 && text[words[first].End] == ' ';

    // Between a capitalised word and a capitalised ordinary word, one space apart on each side.
    private bool InsideTitle(int index)
        => index > 0 && IsCapitalisedMidSentence(index - 1) && IsOneSpaceApart(index - 1, index)
            && IsCapitalisedMidSentence(index + 1) && IsOneSpaceApart(index, index + 1) && !IsCapitalisedName(index + 1);

    // The next word starts a person's name: a capitalised name that is not an ordinary word ("Ursula"),
    // or a capitalised ordinary word followed by one ("Bill Condon").
    private bool BeforePersonName(int index)
        => IsCapitalisedMidSentence(index + 1)
            && (IsCapitalisedName(index + 1) || (IsCapitalisedMidSentence(index + 2) && IsCapitalisedName(index + 2)));

    private bool IsCapitalisedMidSentence(int index)
        => index < words.Count && words[index].Is(WordFlags.Title) && !words[index].Is(WordFlags.SentenceStart) && words[index].Length >= 2;

    // Unknown to the lexicon, or a name that is not also an ordinary word.
    private bool IsCapitalisedName(int index)
    {
        var entry = lexicon.Find(text.AsSpan(words[index].Start, words[index].Length));
        return entry == null || (IsName(entry) && !entry.CommonWord);
    }

    // A lower-case word the corpus capitalises at least 30% of the time: it may be raised too.
    private bool IsOftenCapitalisedLower(int index)
        => words[index].Is(WordFlags.Lower) && entries[index] is { } entry && CapitalShare(entry) >= MultiwordShare;

    // A lower-case ordinary word often capitalised, continuing a name: "states" after "united".
    private bool IsLowerNamePart(int index)
        => index < words.Count && words[index].Is(WordFlags.Lower) && !words[index].Is(WordFlags.SentenceStart)
            && entries[index] is { } entry && entry.CommonWord && CapitalShare(entry) >= MultiwordShare;

    private (int Lower, int Capitalised) CountsInText(int index)
    {
        if (_counts == null)
        {
            Remember();
        }

        return _counts!.GetValueOrDefault(KeyOf(index));
    }

    private ulong KeyOf(int index) => CaseLexicon.KeyHashOf(text.AsSpan(words[index].Start, words[index].Length));

    // One pass over the text, on first need, hashing each word once (no strings are made):
    // - how often each word is written capitalised and in lower case mid-sentence outside headings; lower
    //   case is counted only for words that may be names (unknown, or capitalised in the corpus), so the
    //   many ordinary words cost nothing;
    // - the text's case memory: capitalised words and pairs, away from sentence starts, headings, links
    //   and numbers, which capitalise for their place, not for the word.
    private void Remember()
    {
        _counts = [];
        _memory = new TextCaseMemory();
        var previousKey = 0UL;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var placed = w.Is(WordFlags.SentenceStart) || w.Is(WordFlags.Heading);
            var isLower = w.Is(WordFlags.Lower) && (entries[i] == null || CapitalShare(entries[i]!) >= MultiwordShare);
            var counted = !placed && (w.Is(WordFlags.Title) || isLower);
            var remembered = !placed && !w.Is(WordFlags.Lower) && !w.Is(WordFlags.Protected) && !w.Is(WordFlags.HasDigit)
                && w.Length >= 2 && char.IsUpper(text[w.Start]);
            var key = counted || remembered ? KeyOf(i) : 0;
            if (key != 0 && counted)
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out _);
                count = isLower ? (count.Lower + 1, count.Capitalised) : (count.Lower, count.Capitalised + 1);
            }

            if (key != 0 && remembered)
            {
                _memory.Add(key, i, i > 0 && IsOneSpaceApart(i - 1, i) ? previousKey : 0);
            }

            previousKey = remembered ? key : 0;
        }
    }
}
