using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Stakeholders;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// Builds small analysed articles by hand for the quote and stakeholder tests, standing in for the
/// tokenizer, sentence splitter and recogniser: words and punctuation become tokens, sentences end at
/// . ! ? (with a closing quotation mark kept) or a line break, and the given names become mentions.
/// </summary>
internal static class ArticleFixture
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "Mr", "Mrs", "Ms", "Dr", "St" };

    /// <summary>The fixture article after the stakeholder and quote stages, as the quote tests need it.</summary>
    public static Article WithQuotes(string text, params (string Text, string Type)[] names) => WithQuotes(Build(text, names));

    /// <summary>Runs the stakeholder and quote stages on an article built by hand.</summary>
    public static Article WithQuotes(Article article)
    {
        new StakeholderStage().Process(article, CancellationToken.None);
        new QuoteStage().Process(article, CancellationToken.None);
        return article;
    }

    /// <summary>The fixture article after the stakeholder stage only, as the stakeholder tests need it.</summary>
    public static Article WithStakeholders(string text, params (string Text, string Type)[] names)
    {
        var article = Build(text, names);
        new StakeholderStage().Process(article, CancellationToken.None);
        return article;
    }

    /// <summary>All quotes of the article on one line, for assertion messages.</summary>
    public static string Describe(Article article) =>
        string.Join(" | ", article.Quotes.Select(q => $"{q.Kind} [{article.TextOf(q.Content)}] {q.SpeakerName} ({q.CueLemma})"));

    /// <summary>The one quote whose content is exactly <paramref name="content"/>; fails listing all quotes otherwise.</summary>
    public static Quote QuoteOf(Article article, string content)
    {
        var found = article.Quotes.Where(q => article.TextOf(q.Content).SequenceEqual(content)).ToList();
        Assert.True(found.Count == 1, $"'{content}' not found once among: {Describe(article)}");
        return found[0];
    }

    public static Article Build(string text, params (string Text, string Type)[] names)
    {
        var article = new Article("fixture", "fixture.txt", "0", text);
        article.Tokens = Tokenize(text);
        Split(article);
        // Longest names first; like a recogniser, the fixture never nests one mention in another.
        foreach (var (name, type) in names.OrderByDescending(n => n.Text.Length))
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var bounded = (at == 0 || !char.IsLetter(text[at - 1])) && (at + name.Length == text.Length || !char.IsLetter(text[at + name.Length]));
                if (bounded && !article.Mentions.Any(m => m.Start < at + name.Length && at < m.End))
                {
                    article.Mentions.Add(new Mention { Start = at, End = at + name.Length, Type = type, Sentence = article.SentenceAt(at) });
                }
            }
        }

        article.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return article;
    }

    private static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                // A word, with inner apostrophes, hyphens and dots (O’Brien, game-changing, U.S.).
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '’' or '\'' or '-' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                var word = text[start..i];
                if (i < text.Length && text[i] == '.' && (word.Contains('.', StringComparison.Ordinal) || Abbreviations.Contains(word)))
                {
                    i++;
                }

                // A possessive is a token of its own, as UD tokenizes it.
                if (i - start > 2 && text[i - 1] == 's' && text[i - 2] is '’' or '\'')
                {
                    tokens.Add(new Token(start, i - 2));
                    tokens.Add(new Token(i - 2, i));
                    continue;
                }
            }
            else
            {
                i++;
            }

            tokens.Add(new Token(start, i));
        }

        return tokens.ToArray();
    }

    private static void Split(Article article)
    {
        var text = article.Clean;
        var tokens = article.Tokens;
        var first = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var last = t == tokens.Length - 1;
            var ends = text[tokens[t].Start] is '.' or '!' or '?' && tokens[t].Length == 1;
            while (ends && t + 1 < tokens.Length && text[tokens[t + 1].Start] is '”' or '"' or '’' && tokens[t + 1].Start == tokens[t].End)
            {
                t++;
                last = t == tokens.Length - 1;
            }

            var lineBreak = !last && text.AsSpan(tokens[t].End, tokens[t + 1].Start - tokens[t].End).Contains('\n');
            if (ends || lineBreak || last)
            {
                article.Sentences.Add(new Sentence(tokens[first].Start, tokens[t].End, first, t + 1 - first));
                first = t + 1;
            }
        }
    }
}
