using System.Buffers;
using NewsNlp.Analysis.Tokenization;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Sentences;

/// <summary>
/// Rule-based sentence boundaries over tokens. A sentence ends after terminal punctuation (with the
/// closing quotes and brackets that follow it), at a line break, around a separator line ("====="),
/// before each item of an attachment list (" - a.pdf - b.pdf"), after a wire dateline ("OSLO (AP) --") or a
/// date-time stamp ("04/26/2001 07:17 AM"), and at the edge of a block (heading, list item, paragraph), so
/// a heading without a final period is a sentence of its own. Abbreviations
/// keep their period inside the sentence unless an ordinary sentence opener follows them ("… in the
/// U.S. The talks …"). Where no line break or block edge decides, a trained
/// <see cref="SentenceBoundaryModel"/>, when given, has the last word, with the rules' verdict as one of
/// its features: it learns where web and e-mail text ends sentences without punctuation.
/// </summary>
public static class SentenceSplitter
{
    private static readonly SearchValues<char> TimeCharacters = SearchValues.Create("0123456789:");

    private static readonly SearchValues<char> DateCharacters = SearchValues.Create("0123456789/");

    // An agency's name in a dateline: "AP", "AFP", "Reuters", "CNN".
    private static readonly SearchValues<char> DatelineAgencyLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The sentences of the tokens, in order; <paramref name="blocks"/> may be empty, <paramref name="model"/> null (rules only).</summary>
    public static List<Sentence> Split(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Block> blocks, SentenceBoundaryModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(blocks);
        var sentences = new List<Sentence>((tokens.Length / 20) + 1);
        var quotes = new StraightQuoteIndex(text);
        var first = 0;
        var block = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            while (block < blocks.Count && blocks[block].End <= tokens[t].Start)
            {
                block++;
            }

            var ends = t + 1 == tokens.Length || IsHardBreak(text, tokens, t, blocks, block);
            if (!ends)
            {
                var verdict = RulesEndAfter(text, tokens, t, quotes);
                ends = model == null || !SentenceBoundaryModel.IsCandidate(text, tokens, t, verdict)
                    ? verdict
                    : model.EndsAfter(text, tokens, t, t - first + 1, verdict);
            }

            if (ends)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[t].End, first, t - first + 1));
                first = t + 1;
            }
        }

        return sentences;
    }

    /// <summary>A line break or a block edge between token <paramref name="t"/> and the next always ends a sentence.</summary>
    internal static bool IsHardBreak(string text, ReadOnlySpan<Token> tokens, int t, IReadOnlyList<Block> blocks, int block)
    {
        var next = tokens[t + 1];
        return text.AsSpan(tokens[t].End, next.Start - tokens[t].End).Contains('\n')
            || (block < blocks.Count && blocks[block].Start <= tokens[t].Start && next.Start >= blocks[block].End);
    }

    /// <summary>
    /// The rules' verdict on whether a sentence ends after token <paramref name="t"/> (not the last);
    /// <paramref name="quotes"/> indexes the same text, one for all its tokens.
    /// </summary>
    internal static bool RulesEndAfter(string text, ReadOnlySpan<Token> tokens, int t, StraightQuoteIndex quotes)
    {
        var next = tokens[t + 1];

        // A separator line ("=====", "_____") stands alone: e-mail signatures and footers end there. "… API.pdf)
        // - Stocks.pdf - Crude.pdf": each item of a list of attachments is a sentence of its own. Both start
        // with a mark, so a word-to-word gap (most gaps) is let through after one character test each.
        if ((!char.IsLetterOrDigit(text[tokens[t].Start]) && BoundaryTokenKinds.IsSeparator(text.AsSpan(tokens[t].Start, tokens[t].Length)))
            || (!char.IsLetterOrDigit(text[next.Start]) && (BoundaryTokenKinds.IsSeparator(text.AsSpan(next.Start, next.Length)) || IsAttachmentBullet(text, tokens, t + 1))))
        {
            return true;
        }

        if ((text[tokens[t].Start] is '-' or '—' or '–' && EndsDateline(text, tokens, t))
            || (tokens[t].Length == 2 && text[tokens[t].Start] is 'A' or 'P' or 'a' or 'p' && EndsTimestamp(text, tokens, t)))
        {
            return true;
        }

        // Closing quotes and brackets stay with the sentence they close: decide after the last of them.
        return !IsClosing(text, next, quotes) && EndsAt(text, tokens, LastTerminal(text, tokens, t, quotes), t);
    }

    // Walks back over closing marks to the terminal punctuation they follow, or -1.
    private static int LastTerminal(string text, ReadOnlySpan<Token> tokens, int t, StraightQuoteIndex quotes)
    {
        var k = t;
        while (k >= 0 && IsClosing(text, tokens[k], quotes))
        {
            k--;
        }

        return k;
    }

    /// <summary>Whether token <paramref name="terminal"/> (followed by closers up to <paramref name="last"/>) ends a sentence.</summary>
    private static bool EndsAt(string text, ReadOnlySpan<Token> tokens, int terminal, int last)
    {
        if (terminal < 0 || last + 1 >= tokens.Length)
        {
            return false;
        }

        var word = text.AsSpan(tokens[terminal].Start, tokens[terminal].Length);
        var next = text.AsSpan(tokens[last + 1].Start, tokens[last + 1].Length);
        var c = word[^1];
        if (next[0] is '.' or '!' or '?' or '…' or ',' or ';')
        {
            // ". . ." or "?!" spaced out: the sentence ends after the last mark, if at all.
            return false;
        }

        // "“Not again!” said the minister", "Sen. Ada Morrow (R-Ga.) said …", "a (maybe?) late answer": a mark
        // closed by a quote or bracket and followed by a lower-case word ends a quotation or an aside inside
        // the sentence, not the sentence (a web address after it may still start one).
        if (last > terminal && char.IsLower(next[0]) && text[tokens[last].Start] is not (':' or ';') && !BoundaryTokenKinds.IsLinkStart(next))
        {
            return false;
        }

        if (c is '!' or '?')
        {
            // "Direct line:? 555 0100": a question mark glued to a colon stands for a character lost in an
            // encoding (a non-breaking space), not for a question.
            return c == '!' || word.Length > 1 || tokens[terminal].Start == 0 || text[tokens[terminal].Start - 1] != ':';
        }

        if (c == '.' && word.Length == 1)
        {
            // "- 1. Russia Signals Shift": the period of a list number at the start of a line ends nothing.
            return terminal == 0 || !IsListNumber(text, tokens[terminal - 1]);
        }


        if (c == '…' || (c == '.' && IsAllPeriods(word)))
        {
            // An ellipsis ends a sentence only when something sentence-like starts after it.
            return StartsSentence(next);
        }

        if (c == '.')
        {
            // An abbreviation's period: titles never end a sentence, others only before a sentence opener. Our
            // tokenizer already gives such a sentence its own period ("U.S|." before "The"); this keeps the
            // rule for tokens made otherwise.
            var bare = word[..^1];
            return !TokenizerLexicon.IsTitle(bare) && TokenizerLexicon.IsSentenceOpener(next);
        }

        return false;
    }

    // "TEHRAN (AFP) - An envoy said …": a wire dateline (a place in capitals, the agency in brackets, a dash)
    // is a sentence of its own, as UD annotates it; token t is the dash.
    private static bool EndsDateline(string text, ReadOnlySpan<Token> tokens, int t)
    {
        if (t < 4 || t + 1 >= tokens.Length || tokens[t].Length > 3
            || text.AsSpan(tokens[t].Start, tokens[t].Length).ContainsAnyExcept(text[tokens[t].Start])
            || !IsChar(text, tokens[t - 1], ')') || !IsChar(text, tokens[t - 3], '('))
        {
            return false;
        }

        var agency = text.AsSpan(tokens[t - 2].Start, tokens[t - 2].Length);
        var place = text.AsSpan(tokens[t - 4].Start, tokens[t - 4].Length);
        return agency.Length <= 12 && !agency.ContainsAnyExcept(DatelineAgencyLetters)
            && place.Length >= 2 && !place.ContainsAnyExceptInRange('A', 'Z')
            && StartsSentence(text.AsSpan(tokens[t + 1].Start, tokens[t + 1].Length));
    }

    // "Kay Mann 04/26/2001 07:17 AM Will you …", "Updated 3/4/2025 10:15 am": a date, a time and AM or PM
    // stamp an e-mail header or a byline, which ends there; token t is the AM or PM.
    private static bool EndsTimestamp(string text, ReadOnlySpan<Token> tokens, int t)
    {
        if (t < 2 || char.ToUpperInvariant(text[tokens[t].Start + 1]) != 'M')
        {
            return false;
        }

        var time = text.AsSpan(tokens[t - 1].Start, tokens[t - 1].Length);
        var date = text.AsSpan(tokens[t - 2].Start, tokens[t - 2].Length);
        return time.Length is >= 4 and <= 8 && time.Contains(':') && !time.ContainsAnyExcept(TimeCharacters)
            && date.Count('/') == 2 && !date.ContainsAnyExcept(DateCharacters);
    }

    private static bool IsChar(string text, Token token, char c) => token.Length == 1 && text[token.Start] == c;

    // A spaced hyphen or bullet followed by a file name.
    private static bool IsAttachmentBullet(string text, ReadOnlySpan<Token> tokens, int bullet)
    {
        var token = tokens[bullet];
        return token.Length == 1 && text[token.Start] is ('-' or '•')
            && bullet + 1 < tokens.Length && tokens[bullet + 1].Start > token.End
            && BoundaryTokenKinds.IsFileName(text.AsSpan(tokens[bullet + 1].Start, tokens[bullet + 1].Length));
    }

    private static bool IsListNumber(string text, Token token)
    {
        if (token.Length > 3 || text.AsSpan(token.Start, token.Length).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        // Only a bullet and spaces may stand between the line start and the number.
        for (var i = token.Start - 1; i >= 0 && token.Start - i <= 4; i--)
        {
            var c = text[i];
            if (c == '\n')
            {
                return true;
            }

            if (c is not (' ' or '\t' or '-' or '*' or '•'))
            {
                return false;
            }
        }

        return token.Start <= 4;
    }

    private static bool IsAllPeriods(ReadOnlySpan<char> word) => !word.ContainsAnyExcept('.');

    private static bool StartsSentence(ReadOnlySpan<char> next) =>
        char.IsUpper(next[0]) || char.IsDigit(next[0]) || next[0] is '"' or '“' or '‘' or '(' or '[';

    // A closing mark: a closing bracket or quote, or any quote mark glued to the word before it and
    // followed by a space (typed text often has “ where ” belongs: … decision.“ However …). An emoticon
    // counts too: after terminal punctuation it belongs to the sentence it follows ("Thanks! :) See you").
    private static bool IsClosing(string text, Token token, StraightQuoteIndex quotes)
    {
        if (token.Length != 1)
        {
            return token.Length is 2 or 3 && text[token.Start] is ':' or ';' && BoundaryTokenKinds.IsEmoticon(text.AsSpan(token.Start, token.Length));
        }

        var c = text[token.Start];
        if (c is ')' or ']' or '}' or '”' or '»')
        {
            return true;
        }

        if (c is '"' or '\'' && token.Start > 1 && text[token.Start - 1] == ' ')
        {
            return ClosesSpacedQuote(text, token.Start, c, quotes);
        }

        return c is '"' or '\'' or '’' or '“' or '‘'
            && token.Start > 0
            && !char.IsWhiteSpace(text[token.Start - 1])
            && text[token.Start - 1] is not ('(' or '[' or '{' or '"' or '“' or '‘')
            && (c is not ('“' or '‘') || token.End == text.Length || char.IsWhiteSpace(text[token.End]));
    }

    // "… what the phrase meant. ' And then …": a straight quote typed with a space on both sides, right after
    // terminal punctuation, closes a quote when an odd number of the same quotes (not apostrophes inside a
    // word) precede it on its line. The index counts them without scanning back (a scan per quote made a line
    // of thousands of '. " ' quadratic, and capping its reach made the answer depend on where the cap fell).
    private static bool ClosesSpacedQuote(string text, int at, char quote, StraightQuoteIndex quotes)
    {
        if (at + 1 < text.Length && !char.IsWhiteSpace(text[at + 1]))
        {
            return false;
        }

        var before = at - 1;
        while (before > 0 && text[before] == ' ')
        {
            before--;
        }

        if (text[before] is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        return quotes.IsOddBetween(quote, quotes.LineStart(before), before + 1);
    }
}
