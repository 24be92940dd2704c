using NewsNlp.Documents;

namespace NewsNlp.Stakeholders;

/// <summary>
/// Merges the recogniser's name mentions into stakeholders. People: a shorter name joins the fullest
/// name containing it ("Witkoff" → "Steve Witkoff"), titles move to the role, casing noise is repaired.
/// Places and organisations: one key per name after the country aliases ("U.S." → United States) and
/// acronyms ("EU" → European Union). A demonym joins its country ("Russian" → Russia).
/// </summary>
internal static class NameClusters
{
    /// <summary>Names shorter than this are too often different people to take one typo as the same name.</summary>
    private const int MinVariantLength = 4;

    private static readonly WordTable<bool> CompanySuffixes = WordTable.Of(
        ["Inc.", "Inc", "Corp.", "Corp", "Co.", "Ltd.", "Ltd", "LLC", "L.L.C.", "plc", "PLC", "GmbH", "AG", "S.A.", "N.V.", "LLP"]);

    private static readonly string[] StakeholderTypes = [EntityTypes.Person, EntityTypes.Org, EntityTypes.Gpe, EntityTypes.Loc];

    public static List<Stakeholder> Build(Article article)
    {
        var result = new List<Stakeholder>();
        var persons = new List<Stakeholder>();
        var byKey = new Dictionary<string, Stakeholder>(StringComparer.OrdinalIgnoreCase);
        var bestCasing = new Dictionary<Stakeholder, int>();

        RetypeCompanies(article);
        PersonEvidence.RetypeTitledNames(article);
        PlaceEvidence.RetypePlacesAfterPrepositions(article);

        // Longest names first, so every shorter form finds the full name it belongs to.
        var people = article.Mentions
            .Where(m => m.Kind == MentionKind.Name && m.Type == EntityTypes.Person && !InTableHeader(article, m))
            .Select(m => (Mention: m, Words: NameWords(article, m, out var role), Role: role))
            .Where(p => p.Words.Length > 0 && !IsCommonWord(p.Words))
            .OrderByDescending(p => p.Words.Length).ThenBy(p => p.Mention.Start)
            .ToList();
        foreach (var (mention, words, role) in people)
        {
            var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
            var person = persons.FirstOrDefault(p => ContainsRun(p.Words, lower));
            if (person == null)
            {
                person = new Stakeholder(EntityTypes.Person) { Words = lower };
                persons.Add(person);
                result.Add(person);
            }

            Join(person, mention);
            if (lower.Length == person.Words.Length && (!bestCasing.TryGetValue(person, out var score) || PersonNames.CasingScore(words) > score))
            {
                bestCasing[person] = PersonNames.CasingScore(words);
                person.Name = PersonNames.RepairCasing(words);
            }

            AddRole(person, role);
            AddRole(person, RoleFinder.RoleBefore(article, mention.Start));
            AddRole(person, RoleFinder.RoleInParentheses(article, mention.End));
            AddRole(person, RoleFinder.RoleInAppositive(article, mention.End));
            AddRole(person, AppositiveRoles.After(article, mention.End));
            AddRole(person, AppositiveRoles.Before(article, mention, out var description));
            if (description is { } span)
            {
                // "said the port's chief engineer, Lena Varo": the description is a mention of her too.
                var nominal = new Mention { Start = span.Start, End = span.End, Type = EntityTypes.Person, Kind = MentionKind.Nominal, Sentence = mention.Sentence, Confidence = 0.7 };
                article.Mentions.Add(nominal);
                Join(person, nominal);
            }
        }

        MergeSpellingVariants(article, persons, result);
        foreach (var mention in article.Mentions.Where(m => m.Kind == MentionKind.Name && m.Type != EntityTypes.Person && m.EntityId < 0))
        {
            var text = PersonNames.StripPossessive(StripArticle(article.TextOf(mention.Span).ToString()));
            Stakeholder? target;
            if (mention.Type == EntityTypes.Norp)
            {
                // "the Russian government" is about Russia; other groups ("European") stay unlinked.
                if (!Countries.Default.TryDemonym(text, out var country))
                {
                    continue;
                }

                mention.Kind = MentionKind.Alias;
                target = Place(byKey, result, country, EntityTypes.Gpe);
            }
            else if (!StakeholderTypes.Contains(mention.Type))
            {
                continue;
            }
            else if (persons.FirstOrDefault(p => p.Words.Length > 0 && p.Words[^1].Equals(text, StringComparison.OrdinalIgnoreCase)) is { } person)
            {
                // The recogniser typed a surname as an organisation or place: it is still the person.
                target = person;
            }
            else if (Countries.Default.TryCanonical(text, out var canonical))
            {
                target = Place(byKey, result, canonical, EntityTypes.Gpe);
            }
            else
            {
                target = Place(byKey, result, text, mention.Type);
                var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (!bestCasing.TryGetValue(target, out var score) || PersonNames.CasingScore(words) > score)
                {
                    bestCasing[target] = PersonNames.CasingScore(words);
                    target.Name = text;
                }
            }

            Join(target, mention);
        }

        MergeAcronyms(article.Clean, result);
        ParentheticalAliases.Join(article, result);
        foreach (var s in result)
        {
            // The majority type wins when the recogniser disagreed with itself, unless a person was introduced as one.
            s.Type = PersonEvidence.IntroducedAsPerson(article, s) ? EntityTypes.Person : s.Mentions.GroupBy(m => m.Type == EntityTypes.Norp ? EntityTypes.Gpe : m.Type)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        }

        return result;
    }

    /// <summary>
    /// "Kristin Wilkins" in a caption and "Kristen Wilkins" in the body are one person (same surname, first
    /// names one letter apart), and so are "K.C. Maurer" and a lone "Mauer". The spelling the article uses
    /// more often in full names them.
    /// </summary>
    private static void MergeSpellingVariants(Article article, List<Stakeholder> persons, List<Stakeholder> result)
    {
        for (var i = 0; i < persons.Count; i++)
        {
            for (var j = persons.Count - 1; j > i; j--)
            {
                var (a, b) = (persons[i], persons[j]);
                var typo = SurnameTypo(a, b, persons);
                if (!typo && !FirstNameVariant(a, b))
                {
                    continue;
                }

                var (keep, drop) = typo || FullNameMentions(article, a) >= FullNameMentions(article, b) ? (a, b) : (b, a);
                keep.Mentions.AddRange(drop.Mentions);
                foreach (var (role, count) in drop.Roles)
                {
                    keep.Roles[role] = keep.Roles.GetValueOrDefault(role) + count;
                }

                persons[i] = keep;
                persons.RemoveAt(j);
                result.Remove(drop);
            }
        }
    }

    private static bool FirstNameVariant(Stakeholder a, Stakeholder b) =>
        a.Words.Length >= 2 && a.Words.Length == b.Words.Length && a.Words.AsSpan(1).SequenceEqual(b.Words.AsSpan(1))
        && a.Words[0].Length >= MinVariantLength && PersonNames.OneEditApart(a.Words[0], b.Words[0]);

    /// <summary>"Mauer" alone next to "K.C. Maurer", "Bauchtman" next to "Lydia Buchtmann": a lone name that is a likely misspelling of exactly one person's surname.</summary>
    private static bool SurnameTypo(Stakeholder full, Stakeholder lone, List<Stakeholder> persons) =>
        lone.Words.Length == 1 && full.Words.Length >= 2 && lone.Words[0].Length >= MinVariantLength + 1
        && PersonNames.LikelyMisspelling(lone.Words[0], full.Words[^1])
        && persons.Count(p => p.Words.Length >= 2 && PersonNames.LikelyMisspelling(lone.Words[0], p.Words[^1])) == 1;

    private static int FullNameMentions(Article article, Stakeholder person) =>
        person.Mentions.Count(m => article.TextOf(m.Span).Contains(person.Words[0], StringComparison.OrdinalIgnoreCase));

    /// <summary>A table's header row ("| Key Stakeholder | Position |") labels columns; it names nobody.</summary>
    private static bool InTableHeader(Article article, Mention mention)
    {
        foreach (var table in article.Tables)
        {
            var headerEnd = article.Clean.IndexOf('\n', table.Start, table.End - table.Start);
            if (mention.Start >= table.Start && mention.End <= (headerEnd < 0 ? table.End : headerEnd))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Globex Inc." tagged as a person is a company: a legal-form suffix decides the type, so the name
    /// neither becomes a person nor has its last word taken for a surname.
    /// </summary>
    private static void RetypeCompanies(Article article)
    {
        var mentions = article.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind == MentionKind.Name && m.Type == EntityTypes.Person)
            {
                var text = article.TextOf(m.Span);
                var last = text[(text.LastIndexOf(' ') + 1)..];
                if (last.Length < text.Length && CompanySuffixes.Contains(last))
                {
                    mentions[i] = new Mention { Start = m.Start, End = m.End, Type = EntityTypes.Org, Kind = m.Kind, Sentence = m.Sentence, Confidence = m.Confidence };
                }
            }
        }
    }

    /// <summary>The name words of a person mention, with its leading title returned apart.</summary>
    private static string[] NameWords(Article article, Mention mention, out string role)
    {
        var words = article.TextOf(mention.Span).ToString().Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var title = words.Length > 0 ? PersonNames.TitleLength(words) : 0;
        role = string.Join(' ', words.Take(title));
        var titleOf = RoleFinder.TitleOfBefore(article, mention.Start);
        if (titleOf.Length > 0 && PersonNames.DepartmentLength(words) is var department && department > title)
        {
            // "Minister of Education Stefania Giannini": "Education" completes the title, it is no given name.
            title = department;
            role = titleOf + " " + string.Join(' ', words.Take(title));
        }
        var name = words.Skip(title).ToArray();
        if (name.Length > 0)
        {
            name[^1] = PersonNames.StripPossessive(name[^1]);
        }

        return name.Where(w => w.Length > 0).ToArray();
    }

    /// <summary>
    /// A one-word "name" that is a reporting word or a title ("Claims" in a headline, "President") is a
    /// recogniser error, not a person: left unlinked rather than made a stakeholder.
    /// </summary>
    private static bool IsCommonWord(string[] words) =>
        words.Length == 1 && (Quotes.ReportingLexicon.Default.TryGet(words[0], out _) || Titles.Default.IsTitleWord(words[0]));

    private static bool ContainsRun(string[] full, string[] part)
    {
        for (var i = 0; i + part.Length <= full.Length; i++)
        {
            if (full.AsSpan(i, part.Length).SequenceEqual(part))
            {
                return true;
            }
        }

        return false;
    }

    private static Stakeholder Place(Dictionary<string, Stakeholder> byKey, List<Stakeholder> result, string name, string type)
    {
        if (!byKey.TryGetValue(name, out var place))
        {
            place = new Stakeholder(type) { Name = name, Words = [name.ToLowerInvariant()] };
            byKey[name] = place;
            result.Add(place);
        }

        return place;
    }

    private static void Join(Stakeholder stakeholder, Mention mention)
    {
        stakeholder.Mentions.Add(mention);
    }

    private static void AddRole(Stakeholder person, string role)
    {
        if (role.Length > 0)
        {
            person.Roles[role] = person.Roles.GetValueOrDefault(role) + 1;
        }
    }

    private static string StripArticle(string text) =>
        text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;

    // "EU" joins "European Union", "NATO" a spelled-out "North Atlantic Treaty Organization"; an acronym
    // the recogniser found alone takes the full name the article defines for it ("Korean Central News
    // Agency (KCNA)"), so every mention carries the name readers know.
    private static void MergeAcronyms(string text, List<Stakeholder> stakeholders)
    {
        foreach (var shortForm in stakeholders.Where(s => !s.IsPerson && IsAcronym(s.Name)).ToList())
        {
            var letters = shortForm.Name.Replace(".", string.Empty, StringComparison.Ordinal);
            var full = stakeholders.FirstOrDefault(s => s != shortForm && !s.IsPerson && Initials(s.Name).Equals(letters, StringComparison.OrdinalIgnoreCase));
            if (full != null)
            {
                full.Mentions.AddRange(shortForm.Mentions);
                stakeholders.Remove(shortForm);
            }
            else if (DefinedName(text, shortForm.Name, letters) is { Length: > 0 } defined)
            {
                // "Movimento 5 Stelle (M5S)": pieces of the long name the recogniser found ("Movimento") join too.
                JoinSplitDefinition(text, shortForm, stakeholders);
                shortForm.Name = defined;
            }
            else
            {
                JoinSplitDefinition(text, shortForm, stakeholders);
            }
        }
    }

    /// <summary>
    /// "North Atlantic Treaty Association (NATO)", which the recogniser split into pieces and the writer
    /// misspelt: the capitalised words right before "(ACRONYM)", as many as it has letters with at most one
    /// initial differing (acronyms of three letters or more), are the acronym's organisation. Every
    /// organisation or place mention inside them joins it, and the acronym keeps its name (the misspelt long
    /// form would not join the same organisation in other articles).
    /// </summary>
    private static void JoinSplitDefinition(string text, Stakeholder shortForm, List<Stakeholder> stakeholders)
    {
        var letters = shortForm.Name.Replace(".", string.Empty, StringComparison.Ordinal);
        if (letters.Length < 3 || DefinitionSpan(text, shortForm.Name, letters, allowedMismatches: 1) is not { } definition)
        {
            return;
        }

        MoveMentionsInside(stakeholders, shortForm, definition);
    }

    /// <summary>
    /// Moves every organisation or place mention inside <paramref name="span"/> (pieces of a long name the
    /// recogniser split) into <paramref name="into"/>; owners left without mentions are dropped.
    /// </summary>
    internal static void MoveMentionsInside(List<Stakeholder> stakeholders, Stakeholder into, TextSpan span)
    {
        foreach (var owner in stakeholders.Where(s => s != into && !s.IsPerson).ToList())
        {
            var inside = owner.Mentions.Where(m => m.Start >= span.Start && m.End <= span.End).ToList();
            foreach (var mention in inside)
            {
                owner.Mentions.Remove(mention);
                into.Mentions.Add(mention);
            }

            if (owner.Mentions.Count == 0)
            {
                stakeholders.Remove(owner);
            }
        }
    }

    /// <summary>The capitalised words right before "(ACRONYM)" whose initials spell it; empty when none do.</summary>
    private static string DefinedName(string text, string acronym, string letters) =>
        DefinitionSpan(text, acronym, letters, allowedMismatches: 0) is { } span ? text[span.Start..span.End].Trim() : string.Empty;

    /// <summary>
    /// Where the words defining "(ACRONYM)" lie: walking back from it, one capitalised word per letter
    /// (function words inside a name spell none), at most <paramref name="allowedMismatches"/> initials differing.
    /// </summary>
    private static TextSpan? DefinitionSpan(string text, string acronym, string letters, int allowedMismatches)
    {
        var at = text.IndexOf("(" + acronym + ")", StringComparison.Ordinal);
        return at <= 0 ? null : DefinitionBefore(text, at, letters, allowedMismatches);
    }

    /// <summary>The words right before the opening parenthesis at <paramref name="at"/> that spell <paramref name="letters"/>; null when they do not.</summary>
    internal static TextSpan? DefinitionBefore(string text, int at, string letters, int allowedMismatches)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        var start = before.Length;
        int matched = 0, mismatches = 0;
        while (matched < letters.Length && start > 0)
        {
            var wordEnd = start;
            while (start > 0 && !char.IsWhiteSpace(before[start - 1]))
            {
                start--;
            }

            var word = before[start..wordEnd];
            // Function words inside a name spell no letter ("Council on American-Islamic Relations").
            if (word is not ("of" or "the" or "and" or "for" or "on"))
            {
                if (word.IsEmpty || !IsInitialWord(word))
                {
                    return null;
                }

                if (char.ToUpperInvariant(word[0]) != char.ToUpperInvariant(letters[^(matched + 1)]) && ++mismatches > allowedMismatches)
                {
                    return null;
                }

                matched++;
            }

            while (start > 0 && char.IsWhiteSpace(before[start - 1]))
            {
                start--;
            }
        }

        return matched == letters.Length ? new TextSpan(start, before.Length) : null;
    }

    private static bool IsInitialWord(ReadOnlySpan<char> w) => (char.IsUpper(w[0]) || char.IsDigit(w[0])) && w is not ("Of" or "The" or "And" or "For");

    internal static bool IsAcronym(ReadOnlySpan<char> name)
    {
        if (name.Length is < 2 or > 8)
        {
            return false;
        }

        var upper = 0;
        foreach (var c in name)
        {
            if (!char.IsUpper(c) && !char.IsDigit(c) && c != '.')
            {
                return false;
            }

            upper += char.IsUpper(c) ? 1 : 0;
        }

        return upper >= 2;
    }

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => IsInitialWord(w))
            .Select(w => w[0]));
}
