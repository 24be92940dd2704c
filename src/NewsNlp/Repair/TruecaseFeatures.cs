using NewsNlp.Analysis.Perceptron;

namespace NewsNlp.Repair;

/// <summary>
/// The truecaser's features for one word: the word and its neighbours (lower-cased, so lowered input and
/// clean input look alike), their observed case shapes (context: "Steve witkoff"), the word's corpus case
/// statistics and proper-noun listing, how often it forms a capitalised pair with each neighbour in the
/// corpus ("white house"), and its position (sentence start, after an opening bracket…).
/// </summary>
internal static class TruecaseFeatures
{
    public const int MaxFeatures = 32;

    /// <summary>
    /// How lower-cased the whole text looks, as a small code: the share of sentences starting in lower case
    /// the share of capitalised words elsewhere, and whether names appear in lower case. A lower-case word
    /// means little in a wholly lowered text and much in a well-cased one; the model learns the difference.
    /// </summary>
    public static int DocumentMode(string text, List<WordToken> words, IReadOnlyList<CaseEntry?> entries)
    {
        int starts = 0, lowerStarts = 0, others = 0, capitalised = 0, evidence = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Is(WordFlags.HasDigit) || !char.IsLetter(text[w.Start]))
            {
                continue;
            }

            if (w.Is(WordFlags.SentenceStart))
            {
                starts++;
                lowerStarts += w.Is(WordFlags.Lower) ? 1 : 0;
            }
            else
            {
                others++;
                capitalised += w.Is(WordFlags.Lower) ? 0 : 1;
                // A lower-case name ("russia") is evidence the text was damaged, which tells clean text
                // (where a lower-case "leader" next to a name is right) from damaged text.
                if (w.Is(WordFlags.Lower) && evidence < 2 && CasingEvidence.IsName(entries[i]))
                {
                    evidence++;
                }
            }
        }

        var startBucket = starts == 0 ? 5 : (int)Math.Round(4.0 * lowerStarts / starts);
        var share = others == 0 ? 0 : (double)capitalised / others;
        var capBucket = share < 0.01 ? 0 : share < 0.05 ? 1 : share < 0.1 ? 2 : 3;
        return (((startBucket * 4) + capBucket) * 3) + evidence;
    }

    /// <summary>True when under 1% of the words away from sentence starts are capitalised: the text was lower-cased whole.</summary>
    public static bool LooksLowerCased(int mode) => mode / 3 % 4 == 0;

    /// <summary>
    /// True when the text has two or more sentences and every one starts in lower case: with a wholly
    /// lower-case text, the writer's style ("yeah sounds good. want to go"). One lowered sentence is not.
    /// </summary>
    public static bool AllStartsLower(List<WordToken> words)
    {
        var starts = 0;
        foreach (var w in words)
        {
            if (w.Is(WordFlags.SentenceStart) && !w.Is(WordFlags.HasDigit))
            {
                if (!w.Is(WordFlags.Lower))
                {
                    return false;
                }

                starts++;
            }
        }

        return starts >= 2;
    }

    /// <summary>
    /// True when at least four sentences start and over half of them in lower case: the writer's style,
    /// not damage (which lowers about a quarter), in text that is otherwise cased. One lowered start of a
    /// one-sentence text is not. Tuned on dev: "over 5 in 8" let 28 more false edits through on UD EWT dev
    /// for 12 more repairs; "half of three or more" cost 43 repairs for 50 false edits.
    /// </summary>
    public static bool StartsMostlyLower(List<WordToken> words)
    {
        int starts = 0, lowerStarts = 0;
        foreach (var w in words)
        {
            if (w.Is(WordFlags.SentenceStart) && !w.Is(WordFlags.HasDigit))
            {
                starts++;
                lowerStarts += w.Is(WordFlags.Lower) ? 1 : 0;
            }
        }

        return starts >= 4 && lowerStarts * 2 > starts;
    }

    /// <summary>The lexicon entry of every lower-case word (null for others), looked up once per text.</summary>
    public static CaseEntry?[] LowerCaseEntries(string text, List<WordToken> words, CaseLexicon lexicon)
    {
        var entries = new CaseEntry?[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Is(WordFlags.Lower))
            {
                entries[i] = lexicon.Find(text.AsSpan(words[i].Start, words[i].Length));
            }
        }

        return entries;
    }

    public static int Extract(string text, List<WordToken> words, int index, CaseEntry?[] entries, CaseLexicon lexicon, int mode, Span<uint> f)
    {
        var entry = entries[index];
        var word = Span(text, words[index]);
        var start = words[index].Is(WordFlags.SentenceStart);
        var prev = index > 0 && !start ? Span(text, words[index - 1]) : "<s>";
        var prev2 = index > 1 && !start && !words[index - 1].Is(WordFlags.SentenceStart) ? Span(text, words[index - 2]) : "<s>";
        var hasNext = index + 1 < words.Count && !words[index + 1].Is(WordFlags.SentenceStart);
        var next = hasNext ? Span(text, words[index + 1]) : "</s>";
        var next2 = hasNext && index + 2 < words.Count && !words[index + 2].Is(WordFlags.SentenceStart) ? Span(text, words[index + 2]) : "</s>";
        var prevShape = index > 0 && !start ? ShapeCode(words[index - 1]) : 0;
        var nextShape = hasNext ? ShapeCode(words[index + 1]) : 0;
        var stats = StatsCode(entry);
        var n = 0;
        f[n++] = FeatureHash.Start(1);
        f[n++] = FeatureHash.Start(2).AddLower(word);
        f[n++] = FeatureHash.Start(3).AddLower(prev);
        f[n++] = FeatureHash.Start(4).AddLower(next);
        f[n++] = FeatureHash.Start(5).AddLower(prev).AddLower(word);
        f[n++] = FeatureHash.Start(6).AddLower(word).AddLower(next);
        f[n++] = FeatureHash.Start(7).AddLower(prev2);
        f[n++] = FeatureHash.Start(8).AddLower(next2);
        f[n++] = FeatureHash.Start(9).AddLower(word.Length > 3 ? word[^3..] : word);
        f[n++] = FeatureHash.Start(10).Add(prevShape);
        f[n++] = FeatureHash.Start(11).Add(nextShape);
        f[n++] = FeatureHash.Start(12).Add(prevShape).Add(nextShape);
        f[n++] = FeatureHash.Start(13).Add(stats);
        f[n++] = FeatureHash.Start(14).Add(Flags(entry));
        f[n++] = FeatureHash.Start(15).Add(start ? 1 : 0);
        f[n++] = FeatureHash.Start(16).Add(start ? 1 : 0).AddLower(word);
        f[n++] = FeatureHash.Start(17).Add(prevShape).Add(stats);
        f[n++] = FeatureHash.Start(18).Add(nextShape).AddLower(word);
        f[n++] = FeatureHash.Start(19).Add(CharBefore(text, words[index].Start));
        f[n++] = FeatureHash.Start(20).Add(Math.Min(word.Length, 12)).Add(entry == null ? 1 : 0);
        f[n++] = FeatureHash.Start(21).Add(prevShape).Add(Flags(index > 0 && !start ? entries[index - 1] ?? lexicon.Find(prev) : null)).Add(stats);
        f[n++] = FeatureHash.Start(22).Add(nextShape).Add(prevShape).Add(stats);
        f[n++] = FeatureHash.Start(23).Add(mode);
        f[n++] = FeatureHash.Start(24).Add(mode).Add(stats);
        f[n++] = FeatureHash.Start(25).Add(mode).AddLower(word);
        f[n++] = FeatureHash.Start(26).Add(mode).Add(prevShape).Add(nextShape);
        f[n++] = FeatureHash.Start(27).Add(prevShape).Add(BigramBucket(index > 0 && !start ? lexicon.TitleBigramShare(prev, word) : 0));
        f[n++] = FeatureHash.Start(28).Add(nextShape).Add(BigramBucket(hasNext ? lexicon.TitleBigramShare(word, next) : 0));
        return n;
    }

    // Title-bigram share in four steps: unseen capitalised, rarely, often, nearly always.
    private static int BigramBucket(double share) => share == 0 ? 0 : share < 0.5 ? 1 : share < 0.8 ? 2 : 3;

    private static ReadOnlySpan<char> Span(string text, WordToken w) => text.AsSpan(w.Start, w.Length);

    private static int ShapeCode(WordToken w)
        => w.Is(WordFlags.HasDigit) ? 5 : w.Is(WordFlags.Lower) ? 1 : w.Is(WordFlags.Title) ? 2 : w.Is(WordFlags.Upper) ? 3 : 4;

    // Share of non-lower forms in tenths, times a coarse log count: 0 for an unknown word. A common word
    // counts a few extra lower-case sightings, so two capitalised headings do not make "architecture" a name.
    private static int StatsCode(CaseEntry? entry)
    {
        if (entry == null || entry.Total == 0)
        {
            return entry == null ? 0 : 1000 + Flags(entry);
        }

        var share = (int)Math.Round(10.0 * CasingEvidence.CapitalShare(entry));
        var magnitude = Math.Min(5, (int)Math.Log2(entry.Total + 1));
        return 1 + (share * 8) + magnitude;
    }

    private static int Flags(CaseEntry? entry) => entry == null ? 4 : (entry.ProperNoun ? 1 : 0) | (entry.CommonWord ? 2 : 0);

    private static int CharBefore(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i < 0 ? 0 : char.IsLetterOrDigit(text[i]) ? 1 : text[i];
    }
}
