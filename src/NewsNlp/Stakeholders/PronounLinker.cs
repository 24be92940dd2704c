using NewsNlp.Documents;

namespace NewsNlp.Stakeholders;

/// <summary>
/// Links he/she/him/his/her to a person: within the current sentence before the pronoun, then up to
/// <see cref="SentencesBack"/> sentences back, taking in each sentence the leftmost person mention first
/// (subjects come first in English, the heuristic of Hobbs' and centering's preference for subjects).
/// A person whose gender is known must agree; a linked pronoun teaches the person's gender. Pronouns
/// inside quotations are left alone.
/// </summary>
internal static class PronounLinker
{
    private const int SentencesBack = 3;

    public static void Link(Article article, List<Stakeholder> stakeholders)
    {
        var owners = new Dictionary<Mention, Stakeholder>();
        foreach (var s in stakeholders.Where(s => s.IsPerson))
        {
            foreach (var m in s.Mentions)
            {
                owners[m] = s;
            }

            s.Gender = GenderOfRoles(s);
        }

        if (owners.Count == 0 || article.Sentences.Count == 0)
        {
            return;
        }

        var people = owners.Keys.OrderBy(m => m.Start).ToList();
        var starts = people.Select(m => m.Start).ToArray();

        // "“He's hanging out with celebrities,” Wilkins said": a pronoun inside a quotation speaks of someone
        // in the speaker's words, not of the person named nearest before it, so it is left unlinked (and
        // teaches nobody a wrong gender).
        var quotations = Quotes.QuotedSpanScanner.Scan(article.Clean);
        var q = 0;
        for (var t = 0; t < article.Tokens.Length; t++)
        {
            var gender = GenderOf(article.TokenText(t));
            if (gender == Gender.Unknown)
            {
                continue;
            }

            var at = article.Tokens[t].Start;
            while (q < quotations.Count && quotations[q].ContentEnd <= at)
            {
                q++;
            }

            if (q < quotations.Count && quotations[q].ContentStart <= at && quotations[q].IsDouble)
            {
                continue;
            }

            var sentence = article.SentenceOfToken(t);
            var owner = sentence < 0 ? null : Antecedent(article, people, starts, owners, sentence, article.Tokens[t].Start, gender);
            if (owner == null)
            {
                continue;
            }

            owner.Gender = gender;
            var mention = new Mention
            {
                Start = article.Tokens[t].Start,
                End = article.Tokens[t].End,
                Type = EntityTypes.Person,
                Kind = MentionKind.Pronoun,
                Sentence = sentence,
                Confidence = 0.6,
            };
            article.Mentions.Add(mention);
            owner.Mentions.Add(mention);
        }
    }

    private static Stakeholder? Antecedent(Article article, List<Mention> people, int[] starts, Dictionary<Mention, Stakeholder> owners, int sentence, int pronoun, Gender gender)
    {
        for (var s = sentence; s >= 0 && sentence - s <= SentencesBack; s--)
        {
            var from = article.Sentences[s].Start;
            var to = s == sentence ? pronoun : article.Sentences[s].End;
            var i = Array.BinarySearch(starts, from);
            Mention? first = null;
            for (i = i < 0 ? ~i : i; i < people.Count && people[i].Start < to; i++)
            {
                var owner = owners[people[i]];
                if (owner.Gender != Gender.Unknown && owner.Gender != gender)
                {
                    continue;
                }

                if (s != sentence)
                {
                    return owner;
                }

                // "Wilkins explained Warhol's obsession began when he …": in the pronoun's own sentence, a person
                // named inside the reported words is nearer to the pronoun than their source.
                if (first == null)
                {
                    first = people[i];
                }
                else if (owner != owners[first] && ReportsBetween(article, first.End, people[i].Start))
                {
                    return owner;
                }
            }

            if (first != null)
            {
                return owners[first];
            }
        }

        return null;
    }

    /// <summary>Whether a reporting verb or "according to" lies between two offsets (the first person is a source).</summary>
    private static bool ReportsBetween(Article article, int from, int to)
    {
        for (var t = article.TokenAtOrAfter(from); t < article.Tokens.Length && article.Tokens[t].End <= to; t++)
        {
            var word = article.TokenText(t);
            if (char.IsLower(word[0]) && Quotes.ReportingLexicon.Default.TryGet(word, out var cue) && cue.IsVerb || word.Equals("according", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static Gender GenderOf(ReadOnlySpan<char> word) =>
        word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase) ? Gender.Male
        : word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase) ? Gender.Female
        : Gender.Unknown;

    private static Gender GenderOfRoles(Stakeholder person)
    {
        foreach (var role in person.Roles.Keys)
        {
            foreach (var range in role.AsSpan().Split(' '))
            {
                var word = role.AsSpan()[range].TrimEnd('.');
                if (word.Equals("mrs", StringComparison.OrdinalIgnoreCase) || word.Equals("ms", StringComparison.OrdinalIgnoreCase) || word.EndsWith("woman", StringComparison.OrdinalIgnoreCase) || word.Equals("queen", StringComparison.OrdinalIgnoreCase) || word.Equals("lady", StringComparison.OrdinalIgnoreCase))
                {
                    return Gender.Female;
                }

                if (word.Equals("mr", StringComparison.OrdinalIgnoreCase) || word.EndsWith("man", StringComparison.OrdinalIgnoreCase) || word.Equals("king", StringComparison.OrdinalIgnoreCase) || word.Equals("sir", StringComparison.OrdinalIgnoreCase))
                {
                    return Gender.Male;
                }
            }
        }

        return Gender.Unknown;
    }
}
