using NewsNlp.Documents;

namespace NewsNlp.Analysis.Tokenization;

/// <summary>
/// A rule-based tokenizer following the UD English (EWT) conventions: a single forward scan over the
/// cleaned text that emits spans, never substrings. Words keep internal periods, digit commas and
/// colons, apostrophes and selected hyphens ("U.S.", "1,000", "10:30", "e-mail"); other hyphens,
/// clitics ("was|n’t", "NATO|’s", "can|not") and punctuation become tokens of their own; URLs and
/// e-mail addresses stay whole. Every character is looked at a bounded number of times, so any input
/// finishes in linear time.
/// </summary>
public static class Tokenizer
{
    // A buffer grown past this many tokens (a huge input) is not kept: its memory would stay with the thread.
    private const int MaxKeptTokens = 1 << 20;

    // Each thread's growing buffer, reused article after article: only the exact-size result is allocated.
    [ThreadStatic]
    private static List<Token>? _buffer;

    /// <summary>Tokens of the whole text.</summary>
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = _buffer ??= new List<Token>(1024);
        output.Clear();
        Tokenize(text, 0, text.Length, output);
        var tokens = output.ToArray();
        if (output.Capacity > MaxKeptTokens)
        {
            _buffer = null;
        }

        return tokens;
    }

    /// <summary>Appends the tokens of text[start..end) to <paramref name="output"/>; offsets stay absolute.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        var s = text.AsSpan(0, end);
        var i = start;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (IsWordChar(c))
            {
                i = ScanWord(s, i, output);
            }
            else
            {
                i = ScanSymbol(s, i, output);
            }
        }
    }

    private static int ScanWord(ReadOnlySpan<char> s, int i, List<Token> output)
    {
        var url = UrlLength(s, i);
        if (url > 0)
        {
            output.Add(new Token(i, i + url));
            return i + url;
        }

        var j = i + 1;
        var segmentStart = i;
        var whole = false;
        while (j < s.Length)
        {
            var c = s[j];
            if (IsWordChar(c) || IsMark(c))
            {
                j++;
                continue;
            }

            // "franz371...@gmail.com": a mailing-list archive shortens the name before the "@".
            if (s[j..].StartsWith("...@", StringComparison.Ordinal) && j + 4 < s.Length && IsWordChar(s[j + 4]))
            {
                whole = true;
                segmentStart = j + 4;
                j += 5;
                continue;
            }

            if (j + 1 < s.Length && IsWordChar(s[j + 1]) && IsConnector(s, segmentStart, j))
            {
                whole |= c == '@';
                segmentStart = j + 1;
                j += 2;
                continue;
            }

            break;
        }

        // A period after an abbreviation belongs to it ("Mr.", "U.S.", "etc.", also "Inc.." before a
        // sentence's own period), unless an ellipsis starts there or the sentence ends there ("… etc.|¶", "… in
        // the U.S.| The talks"): UD gives the sentence its period. "w/" ("with") glued to the next word keeps its
        // slash ("w/it"; UD EWT splits a spaced "w/ Dr." into w + /).
        var end = j;
        if (j < s.Length && s[j] == '.' && PeriodsAt(s, j) <= 2 && KeepsPeriod(s, i, j) && !AbbreviationEndsSentence(s, i, j))
        {
            end = j + 1;
        }
        else if (j == i + 1 && (s[i] | 0x20) == 'w' && j + 1 < s.Length && s[j] == '/' && IsWordChar(s[j + 1]))
        {
            end = j + 1;
        }

        if (whole)
        {
            output.Add(new Token(i, end));
        }
        else
        {
            SplitHyphens(s, i, end, output);
        }

        return end;
    }

    private static int PeriodsAt(ReadOnlySpan<char> s, int j)
    {
        var k = j;
        while (k < s.Length && k < j + 3 && s[k] == '.')
        {
            k++;
        }

        return k - j;
    }

    /// <summary>
    /// Whether the abbreviation s[start..period) ends its sentence: its period (with the closing brackets and
    /// quotes glued after it) comes last on the line, or, unless it is a title ("Mr."), a space and a sentence
    /// opener follow (the same test the sentence splitter makes).
    /// </summary>
    private static bool AbbreviationEndsSentence(ReadOnlySpan<char> s, int start, int period)
    {
        var k = period + 1;
        while (k < s.Length && s[k] is ')' or ']' or '”' or '’' or '"' or '\'')
        {
            k++;
        }

        if (k < s.Length && !char.IsWhiteSpace(s[k]))
        {
            return false;
        }

        while (k < s.Length && s[k] is ' ' or '\t')
        {
            k++;
        }

        if (k == s.Length || s[k] is '\n' or '\r')
        {
            return true;
        }

        var next = k;
        while (k < s.Length && k - next < 12 && char.IsAsciiLetter(s[k]))
        {
            k++;
        }

        return !TokenizerLexicon.IsTitle(s[start..period])
            && TokenizerLexicon.IsSentenceOpener(k > next ? s[next..k] : s.Slice(next, 1));
    }

    private static bool KeepsPeriod(ReadOnlySpan<char> s, int start, int period)
    {
        var word = s[start..period];
        if (TokenizerLexicon.IsNumberAbbreviation(word))
        {
            var next = period + 1;
            while (next < s.Length && s[next] == ' ')
            {
                next++;
            }

            return next < s.Length && char.IsAsciiDigit(s[next]);
        }

        return TokenizerLexicon.IsAbbreviation(word);
    }

    /// <summary>Whether the punctuation at <paramref name="j"/>, between word characters, joins them into one word.</summary>
    private static bool IsConnector(ReadOnlySpan<char> s, int segmentStart, int j)
    {
        var before = s[j - 1];
        var after = s[j + 1];
        return s[j] switch
        {
            '.' => !IsMissingSpaceAfterPeriod(s, segmentStart, j),
            ',' => char.IsAsciiDigit(before) && IsThousandsGroup(s, j + 1),
            ':' => char.IsAsciiDigit(before) && char.IsAsciiDigit(after),
            '\'' or '’' or '`' => char.IsLetterOrDigit(before) && char.IsLetter(after),
            '&' => char.IsLetter(before) && char.IsLetter(after),
            '/' => (char.IsAsciiDigit(before) && char.IsAsciiDigit(after)) || IsSlashAbbreviation(s, segmentStart, j),
            '-' or '‐' or '@' or '_' => true,
            _ => false,
        };
    }

    // "b/c", "w/o", "w/out", "l/c": one letter, a slash and at most three letters are one word ("and/or" is not).
    private static bool IsSlashAbbreviation(ReadOnlySpan<char> s, int segmentStart, int j)
    {
        if (j - segmentStart != 1 || !char.IsAsciiLetter(s[segmentStart]))
        {
            return false;
        }

        var k = j + 1;
        while (k < s.Length && k <= j + 4 && char.IsAsciiLetter(s[k]))
        {
            k++;
        }

        // "w/" is "with" before any word ("w/it" is w/ + it), except in "w/o" and "w/out".
        return k > j + 1 && k <= j + 4 && (k == s.Length || !IsWordChar(s[k]))
            && ((s[segmentStart] | 0x20) != 'w' || s[(j + 1)..k] is "o" or "out");
    }

    // "1,000" but not "11,2000": a digit comma joins only a group of exactly three digits.
    private static bool IsThousandsGroup(ReadOnlySpan<char> s, int k) =>
        k + 3 <= s.Length && char.IsAsciiDigit(s[k]) && char.IsAsciiDigit(s[k + 1]) && char.IsAsciiDigit(s[k + 2])
        && (k + 3 == s.Length || !char.IsAsciiDigit(s[k + 3]));

    // "guarantees.She": a lower-case word, a period, then a capitalised word is two sentences run
    // together, not an abbreviation, a domain name or an e-mail address ("Stacey.Richardson@enron.com";
    // the look-ahead is bounded so the scan stays linear).
    private static bool IsMissingSpaceAfterPeriod(ReadOnlySpan<char> s, int segmentStart, int j)
    {
        if (j - segmentStart < 2 || !char.IsLower(s[j - 1]) || !char.IsUpper(s[j + 1]) || j + 2 >= s.Length || !char.IsLower(s[j + 2]))
        {
            return false;
        }

        var ahead = s[(j + 1)..Math.Min(s.Length, j + 65)];
        var space = ahead.IndexOfAny(' ', '\n', '\t');
        return !(space < 0 ? ahead : ahead[..space]).Contains('@');
    }

    private static void SplitHyphens(ReadOnlySpan<char> s, int start, int end, List<Token> output)
    {
        // Dates such as "01-Feb-02" stay whole.
        if (char.IsAsciiDigit(s[start]) && char.IsAsciiDigit(s[end - 1]) && s[start..end].ContainsAnyInRange('A', 'z'))
        {
            SplitClitics(s, start, end, output);
            return;
        }

        var pieceStart = start;
        var segmentStart = start;
        for (var k = start + 1; k < end - 1; k++)
        {
            if (s[k] is not ('-' or '‐'))
            {
                continue;
            }

            var nextHyphen = s[(k + 1)..end].IndexOfAny('-', '‐');
            var segmentEnd = nextHyphen < 0 ? end : k + 1 + nextHyphen;
            var left = s[segmentStart..k];
            var right = s[(k + 1)..segmentEnd];
            // Phone-number-like digit groups (also extensions such as "3-5213") keep their hyphens; ranges
            // such as "5-3", "13-17", "1946-1954" or "200-250" (groups of one length, rising) do not.
            var keep = TokenizerLexicon.IsHyphenPrefix(left)
                || (((left.Length >= 3 && right.Length >= 3) || (left.Length == 1 && right.Length == 4)) && IsDigits(left) && IsDigits(right)
                    && !(segmentStart == start && segmentEnd == end && left.Length == right.Length && right.SequenceCompareTo(left) > 0));
            if (!keep)
            {
                SplitClitics(s, pieceStart, k, output);
                output.Add(new Token(k, k + 1));
                pieceStart = k + 1;
            }

            segmentStart = k + 1;
        }

        SplitClitics(s, pieceStart, end, output);
    }

    /// <summary>Splits "wasn’t" → was + n’t, "I'm" → I + 'm, "NATO’s" → NATO + ’s, "cannot" → can + not.</summary>
    private static void SplitClitics(ReadOnlySpan<char> s, int start, int end, List<Token> output)
    {
        var word = s[start..end];
        var split = 0;
        var apostrophe = word.LastIndexOfAny('\'', '’', '`');
        if (apostrophe > 0 && !IsDigits(word[..apostrophe]))
        {
            var clitic = word[(apostrophe + 1)..];
            if (clitic.Length == 1 && (clitic[0] | 0x20) == 't' && apostrophe >= 2 && (word[apostrophe - 1] | 0x20) == 'n')
            {
                split = apostrophe - 1;
            }
            else if (IsClitic(clitic))
            {
                split = apostrophe;
            }
        }
        else
        {
            split = TokenizerLexicon.BareContractionSplit(word);
            if (split == 0 && word.Length is 3 or 4 && word[0] is 'i' or 'I' or 'y' or 'Y' or 'L')
            {
                split = ApostropheFreeClitic(s, start, end);
            }
        }

        if (split == 0 && char.IsAsciiDigit(word[0]))
        {
            split = UnitSplit(word);
        }

        if (split > 0)
        {
            output.Add(new Token(start, start + split));
            output.Add(new Token(start + split, end));
        }
        else
        {
            output.Add(new Token(start, end));
        }
    }

    /// <summary>
    /// "its", "your" and "Lets" written for "it's", "you're" and "Let's", which only the context tells apart
    /// from the possessives and the verb: "its"/"your" before a word that never follows a possessive ("its a",
    /// "its not", "your the best"), "Lets" where a sentence starts (a verb "lets" needs its subject before it;
    /// a lower-case "lets" stays whole, as in "the U.S. lets them"). Returns where the clitic starts, or 0.
    /// </summary>
    private static int ApostropheFreeClitic(ReadOnlySpan<char> s, int start, int end)
    {
        var word = s[start..end];
        if (word is "Lets")
        {
            return StartsSentence(s, start) ? 3 : 0;
        }

        if (word is not ("its" or "Its" or "your" or "Your"))
        {
            return 0;
        }

        // "its kind of" / "its sort of" is "it's", "of its kind" the possessive.
        var next = NextWordOnLine(s, end, out var nextEnd);
        return TokenizerLexicon.IsAfterBe(next) || (next is "kind" or "sort" && NextWordOnLine(s, nextEnd, out _) is "of")
            ? word.Length - 1
            : 0;
    }

    // The run of letters after the spaces following position end, when the run is a whole word (not "so-called"); else empty.
    private static ReadOnlySpan<char> NextWordOnLine(ReadOnlySpan<char> s, int end, out int wordEnd)
    {
        var k = end;
        while (k < s.Length && s[k] is ' ' or '\t')
        {
            k++;
        }

        var wordStart = k;
        while (k < s.Length && k - wordStart <= 12 && char.IsAsciiLetter(s[k]))
        {
            k++;
        }

        wordEnd = k;
        return k == end || (k < s.Length && (IsWordChar(s[k]) || s[k] is '-' or '\'' or '’')) ? [] : s[wordStart..k];
    }

    // Whether only spaces stand between position start and the text start, a line break or terminal punctuation.
    private static bool StartsSentence(ReadOnlySpan<char> s, int start)
    {
        var k = start - 1;
        while (k >= 0 && s[k] is ' ' or '\t' or '"' or '“')
        {
            k--;
        }

        return k < 0 || s[k] is '\n' or '\r' or '.' or '!' or '?';
    }

    // "375mm", "24hrs", "650k": a number glued to a unit is two tokens ("4th", "3D" are not units).
    private static int UnitSplit(ReadOnlySpan<char> word)
    {
        var k = 0;
        while (k < word.Length && (char.IsAsciiDigit(word[k]) || word[k] is '.' or ','))
        {
            k++;
        }

        return k > 0 && k < word.Length && TokenizerLexicon.IsUnit(word[k..]) ? k : 0;
    }

    private static bool IsClitic(ReadOnlySpan<char> c) =>
        c.Equals("s", StringComparison.OrdinalIgnoreCase) || c.Equals("re", StringComparison.OrdinalIgnoreCase)
        || c.Equals("ve", StringComparison.OrdinalIgnoreCase) || c.Equals("ll", StringComparison.OrdinalIgnoreCase)
        || c.Equals("d", StringComparison.OrdinalIgnoreCase) || c.Equals("m", StringComparison.OrdinalIgnoreCase);

    private static int ScanSymbol(ReadOnlySpan<char> s, int i, List<Token> output)
    {
        var c = s[i];
        var j = i + 1;
        if (char.IsHighSurrogate(c) && j < s.Length && char.IsLowSurrogate(s[j]))
        {
            j++;
        }
        else if (c is '\'' or '’' && IsAbbreviatedYear(s, i))
        {
            j = i + 3;
        }
        else if (EmoticonLength(s, i) is > 0 and var emoticon)
        {
            j = i + emoticon;
        }
        else if (c == '+' && IsCountryCode(s, i))
        {
            // "+1 212-848-8400", "+44": an international dialling code.
            while (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                j++;
            }
        }
        else if (c is '.' or '!' or '?')
        {
            // "...", "!!!", "?!", ".?" are one token each; an ellipsis keeps apart the marks after it ("...|?", but "..?").
            while (j < s.Length && s[j] is '.' or '!' or '?' && !(j - i >= 3 && c == '.' && s[j - 1] == '.' && s[j] != '.'))
            {
                j++;
            }
        }
        else if (c is '-' or '=')
        {
            // Rules of hyphens and equals signs are one token: "--", "====", "----==".
            while (j < s.Length && s[j] is '-' or '=')
            {
                j++;
            }
        }
        else if (!IsBracketOrDoubleQuote(c))
        {
            // Runs of one mark are one token: "''", "**", ">>".
            while (j < s.Length && s[j] == c)
            {
                j++;
            }
        }

        output.Add(new Token(i, j));
        return j;
    }

    // A "+" after a space or bracket, followed by one to three digits and a space or hyphen.
    private static bool IsCountryCode(ReadOnlySpan<char> s, int i)
    {
        if (i > 0 && !char.IsWhiteSpace(s[i - 1]) && s[i - 1] != '(')
        {
            return false;
        }

        var k = i + 1;
        while (k < s.Length && k <= i + 4 && char.IsAsciiDigit(s[k]))
        {
            k++;
        }

        return k > i + 1 && k <= i + 4 && k < s.Length && s[k] is ' ' or '-';
    }

    // "'67", "’90s" (the apostrophe stands for the century).
    private static bool IsAbbreviatedYear(ReadOnlySpan<char> s, int i) =>
        i + 2 < s.Length && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2])
        && (i + 3 == s.Length || !char.IsAsciiDigit(s[i + 3]))
        && (i == 0 || !char.IsLetterOrDigit(s[i - 1]));

    /// <summary>
    /// Length of a smiley at <paramref name="i"/> that stands alone, or 0: ":)", ";-)", ":P" after a space, ":)" and
    /// ":-(" also glued to a word ("family:)"), and the reversed "(:" and "=)" after a space.
    /// </summary>
    private static int EmoticonLength(ReadOnlySpan<char> s, int i)
    {
        var afterSpace = i == 0 || char.IsWhiteSpace(s[i - 1]);
        var k = i + 1;
        if (k >= s.Length)
        {
            return 0;
        }

        if (s[i] is '(' or '=')
        {
            // "(:" and "=)"
            k += s[i] == '(' ? (s[k] == ':' ? 1 : 0) : (s[k] == ')' ? 1 : 0);
            return afterSpace && k == i + 2 && EndsEmoticon(s, k) ? 2 : 0;
        }

        if (s[i] is not (':' or ';') || !(afterSpace || IsWordChar(s[i - 1])))
        {
            return 0;
        }

        if (s[k] == '-' && k + 1 < s.Length)
        {
            k++;
        }

        if (afterSpace ? s[k] is not (')' or '(' or 'P' or 'D' or 'p' or '/') : s[k] is not (')' or '('))
        {
            return 0;
        }

        k++;
        return EndsEmoticon(s, k) ? k - i : 0;
    }

    private static bool EndsEmoticon(ReadOnlySpan<char> s, int k) =>
        k == s.Length || char.IsWhiteSpace(s[k]) || s[k] is '.' or ',' or '!' or '?';

    /// <summary>Length of a URL starting at <paramref name="i"/> (http://, https://, ftp://, mailto:, www.), without trailing punctuation; 0 when none.</summary>
    private static int UrlLength(ReadOnlySpan<char> s, int i)
    {
        // Every prefix starts with h, f, m or w: one test rejects almost every word before five comparisons.
        if (char.ToUpperInvariant(s[i]) is not ('H' or 'F' or 'M' or 'W'))
        {
            return 0;
        }

        var rest = s[i..];
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            return 0;
        }

        var open = 0;
        var close = 0;
        var end = 0;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end]) && rest[end] is not ('"' or '<' or '>' or '“' or '”'))
        {
            open += rest[end] == '(' ? 1 : 0;
            close += rest[end] == ')' ? 1 : 0;
            end++;
        }

        // Sentence punctuation and an unbalanced closing bracket after a URL are not part of it.
        while (end > 0 && rest[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '’' or ')' or ']')
        {
            if (rest[end - 1] == ')')
            {
                if (close <= open)
                {
                    break;
                }

                close--;
            }

            end--;
        }

        return end;
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => s.Length > 0 && !s.ContainsAnyExceptInRange('0', '9');

    private static bool IsBracketOrDoubleQuote(char c) =>
        c is '(' or ')' or '[' or ']' or '{' or '}' or '"' or '“' or '”' or '«' or '»' or '„';

    private static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    private static bool IsMark(char c) =>
        c >= 0x300 && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
