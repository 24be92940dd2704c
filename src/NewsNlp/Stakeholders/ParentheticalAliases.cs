using NewsNlp.Documents;

namespace NewsNlp.Stakeholders;

/// <summary>
/// A name with its short form in parentheses defines an alias whatever the letters spell:
/// "Movimento 5 Stelle (M5S)", "CEI (Italian Episcopal Conference)". The two become one stakeholder
/// under the long name, and every later bare "M5S" the recogniser missed becomes a mention of it.
/// </summary>
internal static class ParentheticalAliases
{
    /// <summary>The longest short form looked for between the parentheses.</summary>
    private const int MaxShortForm = 8;

    /// <summary>The longest long form ("Union of Rationalist Atheists and Agnostics") looked for between them.</summary>
    private const int MaxLongForm = 64;

    /// <summary>The shortest short form taken as defined when the recogniser found neither form.</summary>
    private const int MinUndefinedShortForm = 3;

    public static void Join(Article article, List<Stakeholder> stakeholders)
    {
        var text = article.Clean;
        Dictionary<int, Stakeholder>? byEnd = null;
        Dictionary<int, Stakeholder>? byStart = null;
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            byEnd ??= Index(stakeholders, m => m.End);
            byStart ??= Index(stakeholders, m => m.Start);
            var close = text.IndexOf(')', open + 1);
            if (close < 0 || close - open - 1 > MaxLongForm)
            {
                continue;
            }

            var inside = text.AsSpan(open + 1, close - open - 1);
            var named = byEnd.GetValueOrDefault(text.AsSpan(0, open).TrimEnd().Length);
            var bracketed = byStart.TryGetValue(open + 1, out var b) && b.Mentions.Exists(m => m.Start == open + 1 && m.End == close) ? b : null;
            // "State Department (U.S.)" places the department; it does not rename the country.
            if (inside.Length <= MaxShortForm && NameClusters.IsAcronym(inside) && !Countries.Default.TryCanonical(inside, out _)
                && (named ?? bracketed) is { } owner && !NameClusters.IsAcronym(owner.Name))
            {
                // "Movimento 5 Stelle (M5S)": the short form joins the name before it (or already carries it).
                var shortForm = inside.ToString();
                Absorb(stakeholders, owner, s => s.Name == shortForm);
                AddBareMentions(article, owner, shortForm, close + 1);
            }
            else if (named != null && bracketed != null && bracketed != named && NameClusters.IsAcronym(named.Name))
            {
                // "CEI (Italian Episcopal Conference)": the acronym joins the long name inside.
                Absorb(stakeholders, bracketed, s => s == named);
            }
            else if (named == null && bracketed == null && Unrecognised(article, stakeholders, open, inside) is { } defined)
            {
                // "Movimento 5 Stelle (M5S)" with neither form recognised: the definition names an organisation.
                stakeholders.Add(defined);
                AddBareMentions(article, defined, inside.ToString(), open + 1);
            }
            else
            {
                continue;
            }

            // Owners changed: index again for the next parenthesis.
            byEnd = null;
            byStart = null;
        }
    }

    /// <summary>
    /// A stakeholder for "Long Name (LN)" when the recogniser found neither form: the capitalised words before
    /// the parenthesis spell the short form exactly, digits included ("Movimento 5 Stelle (M5S)"); null otherwise.
    /// Short forms of three or more characters only: two letters too often spell two chance words.
    /// </summary>
    private static Stakeholder? Unrecognised(Article article, List<Stakeholder> stakeholders, int open, ReadOnlySpan<char> inside)
    {
        if (inside.Length is < MinUndefinedShortForm or > MaxShortForm || !NameClusters.IsAcronym(inside) || inside.Contains('.'))
        {
            return null;
        }

        var text = article.Clean;
        if (NameClusters.DefinitionBefore(text, open, inside.ToString(), allowedMismatches: 0) is not { } span)
        {
            return null;
        }

        var start = span.Start;
        while (start < span.End && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        // A person's name inside is no organisation's ("… John Smith (JS)").
        var pieces = article.Mentions.Exists(m => m.Start < span.End && m.End > start);
        if (pieces && article.Mentions.Exists(m => m.Start < span.End && m.End > start && m.Type == EntityTypes.Person))
        {
            return null;
        }

        var name = text[start..span.End];
        var type = Countries.Default.TryCanonical(name, out _) ? EntityTypes.Gpe : EntityTypes.Org;
        var defined = new Stakeholder(type) { Name = name, Words = [name.ToLowerInvariant()] };
        if (pieces)
        {
            // Pieces the recogniser found ("Movimento") join the name instead of a mention over them.
            NameClusters.MoveMentionsInside(stakeholders, defined, new TextSpan(start, span.End));
        }
        else
        {
            var mention = new Mention { Start = start, End = span.End, Type = type, Kind = MentionKind.Name, Sentence = article.SentenceAt(start), Confidence = 0.7 };
            article.Mentions.Add(mention);
            defined.Mentions.Add(mention);
        }

        return defined.Mentions.Count > 0 ? defined : null;
    }

    private static Dictionary<int, Stakeholder> Index(List<Stakeholder> stakeholders, Func<Mention, int> key)
    {
        var index = new Dictionary<int, Stakeholder>();
        foreach (var s in stakeholders.Where(s => !s.IsPerson))
        {
            foreach (var m in s.Mentions)
            {
                index.TryAdd(key(m), s);
            }
        }

        return index;
    }

    private static void Absorb(List<Stakeholder> stakeholders, Stakeholder into, Predicate<Stakeholder> alias)
    {
        foreach (var other in stakeholders.Where(s => s != into && !s.IsPerson && alias(s)).ToList())
        {
            into.Mentions.AddRange(other.Mentions);
            stakeholders.Remove(other);
        }
    }

    /// <summary>Every whole-word occurrence of the short form from <paramref name="from"/> on that no mention covers.</summary>
    private static void AddBareMentions(Article article, Stakeholder owner, string shortForm, int from)
    {
        var text = article.Clean;
        for (var at = text.IndexOf(shortForm, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(shortForm, at + shortForm.Length, StringComparison.Ordinal))
        {
            var end = at + shortForm.Length;
            var whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            if (!whole || article.Mentions.Exists(m => m.Start < end && m.End > at))
            {
                continue;
            }

            var mention = new Mention { Start = at, End = end, Type = owner.Type, Kind = MentionKind.Name, Confidence = 0.8 };
            article.Mentions.Add(mention);
            owner.Mentions.Add(mention);
        }
    }
}
