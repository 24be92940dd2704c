namespace NewsNlp.Repair.Contextual;

/// <summary>
/// The accurate truecaser's input row for one word: its contextual vector, then what the uncased
/// transformer cannot see — the case the text still shows around the word ("Steve witkoff"), whether the
/// whole text was lowered, and the word's corpus case statistics from the lexicon.
/// </summary>
internal static class CaseHeadInputs
{
    /// <summary>Inputs after the vector.</summary>
    public const int ExtraCount = 11;

    public static int Length(int dimensions) => dimensions + ExtraCount;

    /// <summary>Fills <paramref name="row"/> (of <see cref="Length"/>) for word <paramref name="i"/>.</summary>
    public static void Fill(string text, List<WordToken> words, int i, CaseEntry?[] entries, int mode, ReadOnlySpan<float> vector, Span<float> row)
    {
        vector.CopyTo(row);
        var extra = row[vector.Length..];
        var entry = entries[i];
        extra[0] = words[i].Is(WordFlags.SentenceStart) ? 1 : 0;
        extra[1] = entry == null ? 1 : 0;
        extra[2] = entry == null ? 0 : (float)CasingEvidence.CapitalShare(entry);
        extra[3] = entry == null || entry.Total == 0 ? 0 : (float)entry.Upper / entry.Total;
        extra[4] = entry == null ? 0 : MathF.Log(1 + entry.Total);
        extra[5] = entry is { ProperNoun: true } ? 1 : 0;
        extra[6] = entry is { CommonWord: true } ? 1 : 0;
        extra[7] = i > 0 && ShowsCapital(text, words[i - 1]) ? 1 : 0;
        extra[8] = i + 1 < words.Count && ShowsCapital(text, words[i + 1]) ? 1 : 0;
        extra[9] = TruecaseFeatures.LooksLowerCased(mode) ? 1 : 0;
        extra[10] = mode % 3; // lower-case names seen elsewhere in the text (0, 1, 2 or more)
    }

    // A capitalised neighbour away from a sentence start says the writer (or what is left of the case)
    // marks a name here; a sentence start's capital says nothing.
    private static bool ShowsCapital(string text, WordToken w)
        => !w.Is(WordFlags.Lower) && !w.Is(WordFlags.SentenceStart) && !w.Is(WordFlags.HasDigit) && char.IsLetter(text[w.Start]);
}
