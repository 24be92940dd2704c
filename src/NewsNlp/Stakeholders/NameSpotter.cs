using NewsNlp.Documents;
using NewsNlp.Quotes;

namespace NewsNlp.Stakeholders;

/// <summary>
/// Finds further mentions of names the recogniser found once, also where casing noise lowered them
/// ("witkoff expressed optimism", "the united states"). A lower-case surname counts only at a sentence
/// start or before a reporting verb, so a surname that is also a word ("brown") is not taken for a name.
/// </summary>
internal static class NameSpotter
{
    private const double Confidence = 0.6;

    public static void Spot(Article article, List<Stakeholder> stakeholders)
    {
        var forms = new Dictionary<string, List<(string[] Words, Stakeholder Owner)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in stakeholders)
        {
            var full = s.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            AddForm(forms, full, s);
            if (s.IsPerson && full.Length > 1)
            {
                AddForm(forms, [full[^1]], s);
            }
        }

        var lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        var covered = Covered(article);
        var tokens = article.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (covered[i] || !lookup.TryGetValue(article.TokenText(i), out var candidates))
            {
                continue;
            }

            // The longest form that matches here wins ("Steve witkoff" over "witkoff").
            foreach (var (words, owner) in candidates.OrderByDescending(c => c.Words.Length))
            {
                var end = i + words.Length;
                if (end > tokens.Length || !Matches(article, i, words, covered) || !Plausible(article, i, end, owner))
                {
                    continue;
                }

                var mention = new Mention
                {
                    Start = tokens[i].Start,
                    End = tokens[end - 1].End,
                    Type = owner.Type,
                    Kind = MentionKind.Name,
                    Sentence = article.SentenceOfToken(i),
                    Confidence = Confidence,
                };
                article.Mentions.Add(mention);
                owner.Mentions.Add(mention);
                i = end - 1;
                break;
            }
        }
    }

    private static void AddForm(Dictionary<string, List<(string[], Stakeholder)>> forms, string[] words, Stakeholder owner)
    {
        if (words.Length == 0 || (words.Length == 1 && words[0].Length < 4))
        {
            return;
        }

        if (!forms.TryGetValue(words[0], out var list))
        {
            list = [];
            forms[words[0]] = list;
        }

        list.Add((words, owner));
    }

    private static bool Matches(Article article, int first, string[] words, bool[] covered)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (covered[first + k] || !article.TokenText(first + k).Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Plausible(Article article, int first, int end, Stakeholder owner)
    {
        var text = article.TokenText(first);
        if (char.IsUpper(text[0]) || end - first > 1)
        {
            return true;
        }

        if (!owner.IsPerson)
        {
            // "russia", "ukraine": country names are rarely common words; other one-word names may be.
            return owner.Type == EntityTypes.Gpe && Countries.Default.TryCanonical(text, out _);
        }

        var sentence = article.SentenceOfToken(first);
        var startsSentence = sentence >= 0 && article.Sentences[sentence].FirstToken == first;
        var beforeReportingVerb = end < article.Tokens.Length
            && ReportingLexicon.Default.TryGet(article.TokenText(end), out var word) && word.IsVerb;
        return startsSentence || beforeReportingVerb;
    }

    /// <summary>Which tokens a mention already covers.</summary>
    internal static bool[] Covered(Article article)
    {
        var covered = new bool[article.Tokens.Length];
        foreach (var m in article.Mentions)
        {
            for (var t = article.TokenAtOrAfter(m.Start); t < covered.Length && article.Tokens[t].Start < m.End; t++)
            {
                covered[t] = true;
            }
        }

        return covered;
    }
}
