using NewsNlp.Analysis.Entities;

namespace NewsNlp.Training;

/// <summary>
/// Turns GUM's coreference entities (MISC <c>Entity=(3-person-…</c> … <c>3)</c>) into UNER-style names so
/// GUM news can train and test the recogniser with UNER's label set. GUM marks every mention, names or
/// not ("the girls", "US President Barack Obama's"), so a mention yields a name only when:
/// <list type="bullet">
/// <item>its type is person (→ PER), organization (→ ORG) or place (→ LOC);</item>
/// <item>its syntactic head is a capitalised proper noun (not "She" or "Parents" opening a sentence), or a
/// common noun with a name attached as flat or apposition ("spokesperson Julie Hahn"), and for a person is neither a title
/// ("the President") nor a plural ("Afghans", "Muslims": groups, not people);</item>
/// </list>
/// the name is then the capitalised run around the head inside the mention, on both sides also over
/// connectors inside names ("University of Texas", "U.S. Space and Rocket Center", "Udvar - Hazy Center";
/// a person's name only over particles: "Ursula von der Leyen", not "Thomas and Manju Sam"); it stops at
/// commas, "'s", "at" and other lower-case words ("the Museum at Wright - Patterson Air Force Base" is two
/// places), drops a leading "The", and for a person stops at titles, places and demonyms, so "US President
/// Barack Obama" gives PER "Barack Obama" (the nested "US" is a place of its own). Where names overlap the
/// longest wins. Like UNER, names exclude determiners.
/// </summary>
public static class GumEntityReader
{
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "for", "and", "&", "on", "the",
    };

    /// <summary>Lower-case words and marks inside personal names (and inside any other name too).</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "du", "la", "le", "von", "van", "der", "den", "del", "da", "al", "bin", "-",
    };

    public static IEnumerable<EntitySentence> Read(string path) => ConlluReader.Read(path).Select(Convert);

    public static EntitySentence Convert(ConlluSentence sentence)
    {
        var words = sentence.Words.Select(w => w.Form).ToArray();
        var tokens = new EntitySentence(sentence.DocId, words, []).Tokens.ToArray();
        var hits = new GazetteerHit[words.Length];
        Gazetteer.Default.Match(string.Join(' ', words), tokens, hits);

        var candidates = new List<EntityAnnotation>();
        foreach (var (first, last, type) in Mentions(sentence))
        {
            var label = type switch
            {
                "person" => "PER",
                "organization" => "ORG",
                "place" => "LOC",
                _ => null,
            };
            if (label != null && NameInside(sentence, hits, first, last, label == "PER") is { } name)
            {
                candidates.Add(new EntityAnnotation(name.First, name.End, label));
            }
        }

        var accepted = new List<EntityAnnotation>();
        foreach (var c in candidates.OrderByDescending(c => c.End - c.First).ThenBy(c => c.First))
        {
            if (!accepted.Any(a => a.First < c.End && c.First < a.End))
            {
                accepted.Add(c);
            }
        }

        return new EntitySentence(sentence.DocId, words, accepted.OrderBy(a => a.First).ToArray());
    }

    /// <summary>Every entity mention of the sentence as (first word, last word, GUM type).</summary>
    internal static IEnumerable<(int First, int Last, string Type)> Mentions(ConlluSentence sentence)
    {
        var open = new Dictionary<string, Stack<(int Start, string Type)>>(StringComparer.Ordinal);
        for (var i = 0; i < sentence.Words.Count; i++)
        {
            var value = sentence.Words[i].MiscValue("Entity");
            if (value == null)
            {
                continue;
            }

            var p = 0;
            while (p < value.Length)
            {
                if (value[p] == '(')
                {
                    var end = p + 1;
                    while (end < value.Length && value[end] != '(' && value[end] != ')')
                    {
                        end++;
                    }

                    var parts = value[(p + 1)..end].Split('-');
                    var id = parts[0];
                    var type = parts.Length > 1 ? parts[1] : string.Empty;
                    if (end < value.Length && value[end] == ')')
                    {
                        yield return (i, i, type);
                        end++;
                    }
                    else
                    {
                        if (!open.TryGetValue(id, out var stack))
                        {
                            open[id] = stack = new Stack<(int, string)>();
                        }

                        stack.Push((i, type));
                    }

                    p = end;
                }
                else if (char.IsDigit(value[p]))
                {
                    var end = p;
                    while (end < value.Length && char.IsDigit(value[end]))
                    {
                        end++;
                    }

                    if (end < value.Length && value[end] == ')' && open.TryGetValue(value[p..end], out var stack) && stack.Count > 0)
                    {
                        var (start, type) = stack.Pop();
                        yield return (start, i, type);
                    }

                    p = end + 1;
                }
                else
                {
                    p++;
                }
            }
        }
    }

    private static (int First, int End)? NameInside(ConlluSentence sentence, GazetteerHit[] hits, int first, int last, bool person)
    {
        var words = sentence.Words;
        var head = -1;
        for (var i = first; i <= last && head < 0; i++)
        {
            var h = words[i].Head;
            if (h == 0 || h < words[first].Id || h > words[last].Id)
            {
                head = i;
            }
        }

        if (head >= 0 && !IsName(words[head]))
        {
            head = NameAttachedTo(words, head, last);
        }

        if (head < 0)
        {
            return null;
        }

        // In a person's mention, titles, places, demonyms and organisations before the name are not part of it
        // ("Governor of Washington Chris Gregoire", "Republican").
        const GazetteerKind NotPersonal = GazetteerKind.Title | GazetteerKind.Political | GazetteerKind.Demonym | GazetteerKind.Organisation;
        bool Title(int i) => person && (hits[i].Kinds & NotPersonal) != 0;
        if (Title(head) || (person && words[head].Xpos == "NNPS"))
        {
            return null;
        }

        bool Joins(int i) => Particles.Contains(words[i].Form) || (!person && Connectors.Contains(words[i].Form));

        var start = head;
        for (var j = head - 1; j >= first; j--)
        {
            if (Capitalised(words[j].Form) && !Title(j))
            {
                start = j;
            }
            else if (!Joins(j))
            {
                break;
            }
        }

        var end = head;
        for (var j = head + 1; j <= last; j++)
        {
            if (Capitalised(words[j].Form) && !Title(j))
            {
                end = j;
            }
            else if (!Joins(j))
            {
                break;
            }
        }

        while (start <= end && (words[start].Upos == "DET" || Joins(start)))
        {
            start++;
        }

        return start <= end ? (start, end + 1) : null;
    }

    private static bool Capitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsName(ConlluWord word) => word.Upos == "PROPN" && Capitalised(word.Form);

    /// <summary>
    /// A name that hangs off a common-noun head as flat or apposition ("Environment Canada spokesperson
    /// Julie Hahn", where GUM makes "spokesperson" the head): its first word, or -1.
    /// </summary>
    private static int NameAttachedTo(IReadOnlyList<ConlluWord> words, int head, int last)
    {
        for (var i = head + 1; i <= last; i++)
        {
            if (words[i].Head == words[head].Id && IsName(words[i]) && (words[i].DepRel.StartsWith("flat", StringComparison.Ordinal) || words[i].DepRel == "appos"))
            {
                return i;
            }
        }

        return -1;
    }
}
