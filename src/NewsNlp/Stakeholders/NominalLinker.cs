using NewsNlp.Documents;

namespace NewsNlp.Stakeholders;

/// <summary>
/// Links descriptions to the person whose role they repeat: "the envoy" and "Trump envoy" to the
/// person with the role "special U.S. envoy", "the Ukrainian president" to the person whose role names
/// Ukraine and "president". A description that fits nobody, or several people equally, stays unlinked.
/// </summary>
internal static class NominalLinker
{
    private const int MaxModifiers = 3;

    public static void Link(Article article, List<Stakeholder> stakeholders)
    {
        var people = stakeholders.Where(s => s.IsPerson && s.Roles.Count > 0).ToList();
        if (people.Count == 0)
        {
            return;
        }

        var covered = NameSpotter.Covered(article);
        var titles = Titles.Default;
        for (var head = 0; head < article.Tokens.Length; head++)
        {
            var word = article.TokenText(head);
            if (covered[head] || !titles.IsHead(word) || word.EndsWith('.') || StartsName(article, head + 1, covered))
            {
                continue;
            }

            var (start, country, determined) = Premodifiers(article, head, covered);
            if (!determined)
            {
                continue;
            }

            var owner = Candidate(people, word, country, article.Tokens[head].Start);
            if (owner == null)
            {
                continue;
            }

            var mention = new Mention
            {
                Start = article.Tokens[start].Start,
                End = article.Tokens[head].End,
                Type = EntityTypes.Person,
                Kind = MentionKind.Nominal,
                Sentence = article.SentenceOfToken(head),
                Confidence = 0.7,
            };
            article.Mentions.Add(mention);
            owner.Mentions.Add(mention);
        }
    }

    /// <summary>
    /// Walks back from the head over modifiers, countries and demonyms to a determiner or a name
    /// ("the Ukrainian president", "Trump envoy"); returns the first token, the country named, and
    /// whether the phrase is a description at all.
    /// </summary>
    private static (int Start, string? Country, bool Determined) Premodifiers(Article article, int head, bool[] covered)
    {
        string? country = null;
        var start = head;
        for (var j = head - 1; j >= 0 && head - j <= MaxModifiers + 1; j--)
        {
            var w = article.TokenText(j);
            if (w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                return (j, country, true);
            }

            if (covered[j] && IsPersonToken(article, j))
            {
                // "Trump envoy": a name before the head, the description is someone else's.
                return (j, country, true);
            }

            if (Countries.Default.TryCountryOf(w, out var c))
            {
                country ??= c;
            }
            else if (!Titles.Default.IsModifier(w))
            {
                break;
            }

            start = j;
        }

        return (start, country, false);
    }

    private static Stakeholder? Candidate(List<Stakeholder> people, ReadOnlySpan<char> head, string? country, int position)
    {
        Stakeholder? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var person in people)
        {
            if (!AnyRoleFits(person, head, country))
            {
                continue;
            }

            // The nearest earlier mention decides between people with the same role.
            var before = person.Mentions.Where(m => m.Start < position).Select(m => position - m.Start).DefaultIfEmpty(int.MaxValue - 1).Min();
            if (before < bestDistance)
            {
                (best, bestDistance, tie) = (person, before, false);
            }
            else if (before == bestDistance)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    private static bool AnyRoleFits(Stakeholder person, ReadOnlySpan<char> head, string? country)
    {
        foreach (var role in person.Roles.Keys)
        {
            if (RoleFits(role, head, country))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RoleFits(string role, ReadOnlySpan<char> head, string? country)
    {
        var hasHead = false;
        var hasCountry = country == null;
        foreach (var range in role.AsSpan().Split(' '))
        {
            var word = role.AsSpan()[range];
            hasHead |= word.Equals(head, StringComparison.OrdinalIgnoreCase);
            hasCountry |= country != null && Countries.Default.TryCountryOf(word, out var c) && c == country;
        }

        return hasHead && hasCountry;
    }

    private static bool StartsName(Article article, int token, bool[] covered) =>
        token < article.Tokens.Length && covered[token] && IsPersonToken(article, token);

    private static bool IsPersonToken(Article article, int token)
    {
        var start = article.Tokens[token].Start;
        return article.Mentions.Any(m => m.Type == EntityTypes.Person && m.Start <= start && start < m.End);
    }
}
