using System.Buffers;
using NewsNlp.Documents;

namespace NewsNlp.Repair;

/// <summary>
/// Inserts the space missing after , . ; : ? ! between words ("Ukraine,Trump", "guarantees.She",
/// "17,2025,with"), and leaves alone what only looks like it: abbreviations and initials (U.S., e.g.),
/// decimals (3.5), thousands (1,000), times (10:30), ellipses, URLs, e-mail addresses and domains, and
/// space-free tokens inside brackets or quotes ("(a,b)"), and markdown code (`a.b,c`), written as its author typed it.
/// </summary>
internal static class SpacingRepair
{
    private static readonly SearchValues<char> Punctuation = SearchValues.Create(",.;:?!”\")");

    /// <summary>
    /// Proposes the missing spaces; with <paramref name="words"/>, also between two words after a period
    /// when the second is in lower case ("whatever.i will", "Fallujah.click here").
    /// </summary>
    public static void Propose(string text, List<PendingEdit> edits, SpellingDictionary? words = null)
    {
        var chunkStart = -1;
        var chunkEnd = -1;
        var chunkIsLink = false;
        var code = new List<(int Start, int End)>();
        CodeSpans.Find(text, code);
        var nextCode = 0;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            // Jump to the next punctuation mark (vectorised): most of the text is letters and spaces.
            var skip = text.AsSpan(i, text.Length - i - 1).IndexOfAny(Punctuation);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            while (nextCode < code.Count && code[nextCode].End <= i)
            {
                nextCode++;
            }

            if (nextCode < code.Count && code[nextCode].Start <= i)
            {
                i = code[nextCode].End - 1;
                continue;
            }

            var rule = RuleAt(text, i, words);
            if (rule == null)
            {
                continue;
            }

            if (i >= chunkEnd)
            {
                (chunkStart, chunkEnd) = LinkDetector.ChunkAround(text, i);
                chunkIsLink = LinkDetector.IsLink(text.AsSpan(chunkStart, chunkEnd - chunkStart));
            }

            if ((chunkIsLink && !IsWordBeforeLink(text, chunkStart, i, chunkEnd) && !IsSentenceEndInsideLink(text, chunkStart, i, chunkEnd, rule))
                || InsideBracketedToken(text, chunkStart, chunkEnd, i))
            {
                continue;
            }

            edits.Add(new PendingEdit(i + 1, i + 1, " ", EditKind.Spacing, rule, 0.95));
        }
    }

    /// <summary>The rule that calls for a space after position <paramref name="i"/>, or null.</summary>
    private static string? RuleAt(string text, int i, SpellingDictionary? words)
    {
        var c = text[i];
        var prev = text[i - 1];
        var next = text[i + 1];
        if (!char.IsLetter(next) && !(c == ',' && char.IsAsciiDigit(next)))
        {
            return null;
        }

        switch (c)
        {
            case ',':
                if (char.IsLetter(prev) || IsClosing(prev))
                {
                    return "after-comma";
                }

                // "2025,with"; between digits only a day before a year ("17,2025"), never thousands ("1,000").
                if (char.IsAsciiDigit(prev))
                {
                    return char.IsLetter(next) || IsDayBeforeYear(text, i) ? "after-comma" : null;
                }

                return null;
            case '.':
                if (prev == '.' || !(char.IsLetterOrDigit(prev) || IsClosing(prev)))
                {
                    return null;
                }

                // After an abbreviation ("Mr.Trump", "U.S.stocks") a space is missing only before a whole word:
                // a single letter followed by a period is the abbreviation going on ("U.S", "e.g").
                if (Abbreviations.EndsAbbreviation(text, i))
                {
                    var run = LetterRunAfter(text, i + 1);
                    return char.IsLetter(prev) && run >= 2 && (i + 1 + run >= text.Length || text[i + 1 + run] != '.' || IsWordEndingSentence(text, i + 1, run))
                        ? "after-abbreviation" : null;
                }

                // A capitalised word after the period starts a sentence ("claims.NATO", but not "ASP.NET", a
                // code like "EY4108.E"). A lower-case one only between two dictionary words, outside a dotted
                // chain ("alt.animals.cat", "obj.method()"): a lowered sentence start ("whatever.i").
                if (char.IsLower(next))
                {
                    return words != null && AreWordsAroundPeriod(text, i, words) ? "after-period" : null;
                }

                return (char.IsUpper(next) && LetterRunAfter(text, i + 1) >= 2 && !(char.IsUpper(prev) && IsAllCapsRun(text, i + 1)))
                    || IsOneLetterWord(text, i) ? "after-period" : null;
            case ';':
            case '!':
            case '?':
                return char.IsLetterOrDigit(prev) || IsClosing(prev) ? "after-" + Name(c) : null;
            case ':':
                return char.IsLetter(prev) && LetterRunBefore(text, i) >= 2 ? "after-colon" : null;
            default:
                // A closing quote or bracket right after sentence punctuation: 'willing.”She'.
                return i >= 2 && text[i - 1] is '.' or '!' or '?' or ',' && char.IsLetter(text[i - 2]) && (c != '"' || char.IsUpper(next)) ? "after-quote" : null;
        }
    }

    // "Mr.Trump." at a sentence end: a word with lower-case letters, then the period and a space, is no
    // abbreviation going on ("U.S", "Ph.D.").
    private static bool IsWordEndingSentence(string text, int start, int run)
        => IsLowerRun(text.AsSpan(start + 1, run - 1)) && (start + run + 1 >= text.Length || char.IsWhiteSpace(text[start + run + 1]));

    // "today.I think", "us.I'm", "needed.A car": the one-letter words "I" and "A" after a lower-case word
    // (not initials such as "U.S.I." or "Ph.D").
    private static bool IsOneLetterWord(string text, int dot)
        => text[dot + 1] is 'I' or 'A' && char.IsLower(text[dot - 1]) && LetterRunBefore(text, dot) >= 2
            && (dot + 2 == text.Length || !(char.IsLetterOrDigit(text[dot + 2]) || text[dot + 2] == '.'))
            && (text[dot + 1] == 'I' || (dot + 2 < text.Length && text[dot + 2] == ' '));

    // A chunk taken for a link whose period is really a sentence end: a domain, then the next sentence's
    // capitalised word ("moveon.org.Howard Dean's", "paulhastings.com.In most cases"), or two dictionary
    // words where the second is also a country domain ("done.it is", "his hand.in a timid voice"; the
    // after-period rule has checked both words).
    private static bool IsSentenceEndInsideLink(string text, int chunkStart, int dot, int chunkEnd, string rule)
    {
        if (text[dot] != '.' || rule != "after-period")
        {
            return false;
        }

        var after = LetterRunAfter(text, dot + 1);
        var rest = text.AsSpan(dot + 1 + after, chunkEnd - dot - 1 - after);
        if (!rest.IsEmpty && !(rest.Length == 1 && IsSentenceEnd(rest[0])))
        {
            return false;
        }

        var left = text.AsSpan(chunkStart, dot - chunkStart);
        if (char.IsUpper(text[dot + 1]))
        {
            return after >= 2 && IsLowerRun(text.AsSpan(dot + 2, after - 1)) && left.IndexOfAny('/', '?', '=') < 0 && LinkDetector.IsLink(left);
        }

        return LetterRunBefore(text, dot) == dot - chunkStart && char.IsLower(text[chunkStart]) && LinkDetector.IsWordDomain(text.AsSpan(dot + 1, after));
    }

    private static bool IsSentenceEnd(char c) => c is '.' or ',' or '!' or '?' or ';' or ':';

    // "link,http://…", "Email:jo@example.com", "server:irc.example.net": a plain word, then a comma, colon
    // or semicolon, then the link. A scheme ("http:", "mailto:") is the link's own start.
    private static bool IsWordBeforeLink(string text, int chunkStart, int mark, int chunkEnd)
    {
        if (text[mark] is not (',' or ':' or ';') || mark - chunkStart < 2 || LetterRunBefore(text, mark) != mark - chunkStart)
        {
            return false;
        }

        var word = text.AsSpan(chunkStart, mark - chunkStart);
        return !(word.Equals("http", StringComparison.OrdinalIgnoreCase) || word.Equals("https", StringComparison.OrdinalIgnoreCase)
                || word.Equals("ftp", StringComparison.OrdinalIgnoreCase) || word.Equals("mailto", StringComparison.OrdinalIgnoreCase))
            && LinkDetector.IsLink(text.AsSpan(mark + 1, chunkEnd - mark - 1));
    }

    // "whatever.i", "Fallujah.click": a word before (a dictionary word, or capitalised like a name) and a
    // lower-case dictionary word after, with nothing but letters between them and the spaces around.
    private static bool AreWordsAroundPeriod(string text, int dot, SpellingDictionary words)
    {
        const int maxWord = 24;
        var before = LetterRunBefore(text, dot);
        var after = LetterRunAfter(text, dot + 1);
        var start = dot - before;
        var end = dot + 1 + after;
        if (before < 2 || before > maxWord || after > maxWord
            || (start > 0 && !IsWordBoundary(text[start - 1])) || (end < text.Length && !IsWordBoundary(text[end]) && !IsSentencePunctuation(text[end])))
        {
            return false;
        }

        var right = text.AsSpan(dot + 1, after);
        if (!IsLowerRun(right) || words.CountOf(right) == 0)
        {
            return false;
        }

        Span<char> left = stackalloc char[maxWord];
        var length = text.AsSpan(start, before).ToLowerInvariant(left);
        return words.CountOf(left[..length]) > 0 || (char.IsUpper(text[start]) && IsLowerRun(text.AsSpan(start + 1, before - 1)));
    }

    private static bool IsWordBoundary(char c) => char.IsWhiteSpace(c) || c is '(' or '"' or '“' or '‘' or '\'';

    private static bool IsSentencePunctuation(char c) => c is ',' or ';' or ':' or '!' or '?' or ')' or '”' or '’' or '"';

    private static bool IsLowerRun(ReadOnlySpan<char> letters) => !letters.IsEmpty && !letters.ContainsAnyExceptInRange('a', 'z');

    private static string Name(char c) => c switch
    {
        ';' => "semicolon",
        '!' => "exclamation",
        _ => "question",
    };

    private static bool IsClosing(char c) => c is ')' or ']' or '”' or '’' or '"' or '\'';

    private static bool IsDayBeforeYear(string text, int comma)
    {
        var before = 0;
        while (comma - before - 1 >= 0 && char.IsAsciiDigit(text[comma - before - 1]))
        {
            before++;
        }

        var after = 0;
        while (comma + after + 1 < text.Length && char.IsAsciiDigit(text[comma + after + 1]))
        {
            after++;
        }

        return before <= 2 && after == 4;
    }

    private static bool IsAllCapsRun(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            if (!char.IsUpper(text[end]))
            {
                return false;
            }

            end++;
        }

        // A single capital ("I", "A") is a word; "NET" after "ASP." is a name's continuation.
        return end - start >= 2 && (end == text.Length || text[end] != '\'');
    }

    private static int LetterRunBefore(string text, int index)
    {
        var n = 0;
        while (index - n - 1 >= 0 && char.IsLetter(text[index - n - 1]) && n < 64)
        {
            n++;
        }

        return n;
    }

    private static int LetterRunAfter(string text, int index)
    {
        var n = 0;
        while (index + n < text.Length && char.IsLetter(text[index + n]) && n < 64)
        {
            n++;
        }

        return n;
    }

    // "(a,b)", "[x;y]", "'k:v'": a bracket or quote opened and closed inside one space-free chunk.
    private static bool InsideBracketedToken(string text, int chunkStart, int chunkEnd, int index)
    {
        for (var j = index - 1; j >= chunkStart && index - j < 64; j--)
        {
            var open = text[j];
            var close = open switch
            {
                '(' => ')',
                '[' => ']',
                '{' => '}',
                '"' => '"',
                '“' => '”',
                _ => '\0',
            };
            if (close != '\0')
            {
                var found = text.IndexOf(close, index + 1, Math.Min(64, chunkEnd - index - 1));
                return found > 0;
            }
        }

        return false;
    }
}
