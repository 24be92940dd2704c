using NewsNlp.Documents;

namespace NewsNlp.Repair;

/// <summary>
/// Corrects non-words only ("woudl" → "would"): a lower-case word that neither the frequency dictionary
/// nor the case lexicon knows, that is not a compound or inflection of known words, gets the most
/// frequent dictionary word one edit away (Damerau–Levenshtein: delete, insert, replace, transpose).
/// Confidence is that word's share of all candidates' frequency, so ambiguous fixes fall below the
/// threshold. Capitalised words (proper nouns), numbers, links and dictionary words are never touched.
/// One instance serves one text (it remembers its answers by offset).
/// </summary>
internal sealed class SpellingRepair(SpellingDictionary dictionary, CaseLexicon? lexicon)
{
    private const int MinLength = 4;
    private const int MaxLength = 24;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz";
    private static readonly string[] Suffixes = ["s", "es", "ed", "d", "ing", "ly", "er", "ers", "est", "ness", "ism", "ist", "ists", "ity", "al", "ally"];

    /// <summary>The confidence a fix needs for <see cref="IsLikelyTypo"/>.</summary>
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>
    /// Proposes fixes for the non-words among <paramref name="words"/>; <paramref name="entries"/> holds
    /// the case lexicon's entry of each lower-case word when the truecaser has looked them up already.
    /// </summary>
    public void Propose(string text, List<WordToken> words, IReadOnlyList<CaseEntry?>? entries, List<PendingEdit> edits)
    {
        Span<char> buffer = stackalloc char[MaxLength + 1];
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (!MayBeTypo(text, w))
            {
                continue;
            }

            var inLexicon = entries != null ? entries[i] != null : lexicon?.Find(text.AsSpan(w.Start, w.Length)) != null;
            var (best, confidence) = Suggest(text, w, inLexicon, buffer);
            if (best != null)
            {
                edits.Add(new PendingEdit(w.Start, w.End, best, EditKind.Spelling, "non-word", confidence));
            }
        }
    }

    /// <summary>
    /// True when a word the case lexicon does not know is a non-word with a confident correction (so not
    /// a name to capitalise).
    /// </summary>
    public bool IsLikelyTypo(string text, WordToken word)
    {
        Span<char> buffer = stackalloc char[MaxLength + 1];
        var (best, confidence) = MayBeTypo(text, word) ? Suggest(text, word, inLexicon: false, buffer) : (null, 0);
        return best != null && confidence >= MinConfidence;
    }

    // The truecaser asks about a word (IsLikelyTypo) before the spelling pass corrects it; the answer is
    // kept by the word's offset, which casing does not move. One instance serves one text.
    private readonly Dictionary<int, (string? Best, double Confidence)> _suggestions = [];

    // The cheap tests first: a lower-case word of plain letters, of a length slips are fixed in, not
    // joined to a neighbour by a hyphen or slash.
    private static bool MayBeTypo(string text, WordToken w)
        => w.Is(WordFlags.Lower) && !w.Is(WordFlags.HasDigit) && !w.Is(WordFlags.Protected) && w.Length is >= MinLength and <= MaxLength
            && IsAsciiLower(text.AsSpan(w.Start, w.Length)) && !NextToHyphen(text, w);

    private (string? Best, double Confidence) Suggest(string text, WordToken w, bool inLexicon, Span<char> buffer)
    {
        var word = text.AsSpan(w.Start, w.Length);
        if (inLexicon || dictionary.CountOf(word) > 0 || IsCompoundOrInflection(word) || BritishSpelling.HasAmericanForm(word, IsKnownOrInflected))
        {
            return (null, 0);
        }

        if (!_suggestions.TryGetValue(w.Start, out var suggestion))
        {
            suggestion = IsPartOfSplitWord(text, w, buffer) ? (null, 0) : BestCandidate(word, buffer);
            if (suggestion.Best != null && IsWordWithoutItsEnding(word, suggestion.Best, buffer))
            {
                suggestion = (null, 0);
            }

            _suggestions[w.Start] = suggestion;
        }

        return suggestion;
    }

    // A word broken by a space ("poss ible", "woul d"): with its neighbour, one space away, it makes a
    // dictionary word, so it is no typo of its own.
    private bool IsPartOfSplitWord(string text, WordToken w, Span<char> buffer)
    {
        var before = w.Start - 2;
        var start = before;
        while (start >= 0 && char.IsAsciiLetterLower(text[start]))
        {
            start--;
        }

        if (before >= 0 && text[before + 1] == ' ' && start < before && IsWord(text.AsSpan(start + 1, before - start), text.AsSpan(w.Start, w.Length), buffer))
        {
            return true;
        }

        var after = w.End + 1;
        var end = after;
        while (end < text.Length && char.IsAsciiLetterLower(text[end]))
        {
            end++;
        }

        return after < text.Length && text[w.End] == ' ' && end > after && IsWord(text.AsSpan(w.Start, w.Length), text.AsSpan(after, end - after), buffer);
    }

    // True when first + second, joined, is a dictionary word.
    private bool IsWord(ReadOnlySpan<char> first, ReadOnlySpan<char> second, Span<char> buffer)
    {
        if (first.Length + second.Length > buffer.Length)
        {
            return false;
        }

        first.CopyTo(buffer);
        second.CopyTo(buffer[first.Length..]);
        return dictionary.CountOf(buffer[..(first.Length + second.Length)]) > 0;
    }

    // A word with its last letters dropped, as people write speech ("goin", "woul"): the whole word (one
    // letter more at the end) is commoner than the correction, which would change a letter inside.
    private bool IsWordWithoutItsEnding(ReadOnlySpan<char> word, string best, Span<char> buffer)
    {
        if (word.Length + 1 > buffer.Length)
        {
            return false;
        }

        var bestCount = dictionary.CountOf(best);
        word.CopyTo(buffer);
        foreach (var c in Alphabet)
        {
            buffer[word.Length] = c;
            if (dictionary.TryGetCommonWord(buffer[..(word.Length + 1)], out _, out var count) && count > bestCount)
            {
                return true;
            }
        }

        return false;
    }

    // A name is no correction for a lower-case non-word ("lenz" → "linz", "bready" → "brady").
    private bool IsMostlyCapitalised(ReadOnlySpan<char> candidate)
        => lexicon?.Find(candidate) is { } entry && (entry.ProperNoun || CasingEvidence.CapitalShare(entry) >= 0.5);

    private bool IsKnown(ReadOnlySpan<char> word) => dictionary.CountOf(word) > 0 || lexicon?.Find(word) != null;

    private bool IsKnownOrInflected(ReadOnlySpan<char> word) => IsKnown(word) || IsCompoundOrInflection(word);

    private static bool IsAsciiLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NextToHyphen(string text, WordToken w)
        => (w.Start > 0 && text[w.Start - 1] is '-' or '/' or '_' or '#' or '@') || (w.End < text.Length && text[w.End] is '-' or '/' or '_' or '@');

    // "cyberattacks" (cyber + attacks) and "reassessments" (reassessment + s) are words the list lacks, not typos.
    private bool IsCompoundOrInflection(ReadOnlySpan<char> word)
    {
        for (var k = 3; k <= word.Length - 3; k++)
        {
            if (dictionary.CountOf(word[..k]) > 0 && dictionary.CountOf(word[k..]) > 0)
            {
                return true;
            }
        }

        foreach (var suffix in Suffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal) && IsKnown(word[..^suffix.Length]))
            {
                return true;
            }
        }

        return false;
    }

    private (string? Best, double Confidence) BestCandidate(ReadOnlySpan<char> word, Span<char> buffer)
    {
        string? best = null;
        long bestCount = 0;
        long total = 0;

        // Different edits can reach the same word ("baloon": two ways to "balloon"); the dictionary's own
        // strings tell repeats apart by reference, so no string is made per candidate.
        var seen = new List<string>();

        void Consider(ReadOnlySpan<char> candidate)
        {
            // Corrections are common words only (SpellingDictionary.CommonWordShareOfTop).
            if (!dictionary.TryGetCommonWord(candidate, out var s, out var count) || IsMostlyCapitalised(candidate))
            {
                return;
            }

            foreach (var earlier in seen)
            {
                if (ReferenceEquals(earlier, s))
                {
                    return;
                }
            }

            seen.Add(s);

            total += count;
            if (count > bestCount)
            {
                bestCount = count;
                best = s;
            }
        }

        // Typing slips rarely hit the first letter, and fixes there turn names and jargon into words
        // ("ebook" → "book", "hifi" → "wifi"), so the first letter is kept. So is the last: a known word
        // with a letter added or changed at the end is more often a derivation, slang or a name than a
        // slip ("spendy", "bready", "forex", "lenz", "phila"). Swapping the last two letters is a slip.
        var n = word.Length;
        for (var i = 1; i < n - 1; i++)
        {
            // Deletion.
            word[..i].CopyTo(buffer);
            word[(i + 1)..].CopyTo(buffer[i..]);
            Consider(buffer[..(n - 1)]);

            // Transposition.
            word.CopyTo(buffer);
            (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
            Consider(buffer[..n]);

            // Replacement.
            word.CopyTo(buffer);
            foreach (var c in Alphabet)
            {
                if (c != word[i])
                {
                    buffer[i] = c;
                    Consider(buffer[..n]);
                }
            }
        }

        // Insertion.
        for (var i = 1; i < n; i++)
        {
            word[..i].CopyTo(buffer);
            word[i..].CopyTo(buffer[(i + 1)..]);
            foreach (var c in Alphabet)
            {
                buffer[i] = c;
                Consider(buffer[..(n + 1)]);
            }
        }

        return best == null ? (null, 0) : (best, (double)bestCount / total);
    }
}
