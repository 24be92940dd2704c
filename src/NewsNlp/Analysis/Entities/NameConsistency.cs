using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// One name, one type per article: once the model is sure that "Witkoff" is a person, a later
/// "witkoff" the casing noise hid from it is the same person. Single-word names and surnames of persons
/// found with high confidence are looked up again over the tokens no mention covers, case-insensitively, and
/// an unsure mention of such a name with another type takes the sure one.
/// A post-pass rather than a model feature, because as a feature it taught the model to trust itself
/// too much (see <see cref="DocumentMemory"/>).
/// </summary>
internal static class NameConsistency
{
    private const double SureConfidence = 0.9;
    private const double RepeatConfidence = 0.7;

    public static void AddRepeats(Article article, List<Mention> found)
    {
        var types = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var tokens = article.Tokens;
        var covered = new bool[tokens.Length];
        var t = 0;
        foreach (var m in found.OrderBy(m => m.Start))
        {
            while (t < tokens.Length && tokens[t].End <= m.Start)
            {
                t++;
            }

            var first = t;
            for (var k = t; k < tokens.Length && tokens[k].Start < m.End; k++)
            {
                covered[k] = true;
            }

            if (m.Confidence >= SureConfidence && m.Type is EntityTypes.Person or EntityTypes.Org or EntityTypes.Gpe && first < tokens.Length)
            {
                // The whole name if it is one word, else a person's last word (the surname).
                var last = first;
                while (last + 1 < tokens.Length && tokens[last + 1].Start < m.End)
                {
                    last++;
                }

                if (last == first || m.Type == EntityTypes.Person)
                {
                    types.TryAdd(article.Clean.Substring(tokens[last].Start, Math.Min(tokens[last].End, m.End) - tokens[last].Start), m.Type);
                }
            }
        }

        if (types.Count == 0)
        {
            return;
        }

        var lookup = types.GetAlternateLookup<ReadOnlySpan<char>>();
        var firsts = FirstCharacters(types.Keys);
        RetypeUnsure(article, found, lookup);
        var sentence = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            while (sentence < article.Sentences.Count - 1 && article.Sentences[sentence].EndToken <= i)
            {
                sentence++;
            }

            var word = article.Clean.AsSpan(tokens[i].Start, tokens[i].Length);
            if (!covered[i] && word.Length >= 3 && MayStart(firsts, word[0]) && !FunctionWords.IsSkippable(word) && lookup.TryGetValue(word, out var type))
            {
                found.Add(new Mention { Start = tokens[i].Start, End = tokens[i].End, Type = type, Kind = MentionKind.Name, Sentence = article.Sentences.Count > 0 ? sentence : -1, Confidence = RepeatConfidence });
            }
        }
    }

    // The ASCII characters a sure name starts with, in either case, as bits: most words start with none of
    // them and skip both look-ups. Every bit when a name starts outside ASCII (case folding could match it).
    private static UInt128 FirstCharacters(IEnumerable<string> names)
    {
        UInt128 bits = 0;
        foreach (var name in names.Where(n => n.Length > 0))
        {
            var c = name[0];
            if (c > 0x7F)
            {
                return UInt128.MaxValue;
            }

            bits |= (UInt128.One << char.ToLowerInvariant(c)) | (UInt128.One << char.ToUpperInvariant(c));
        }

        return bits;
    }

    private static bool MayStart(UInt128 firsts, char c) => c > 0x7F || ((firsts >> c) & UInt128.One) != UInt128.Zero;

    // An unsure mention of a name the article surely gives another type takes that type: "witkoff" read as
    // an organisation at a lower-case sentence start, where the article has "Steve Witkoff" the person.
    private static void RetypeUnsure(Article article, List<Mention> found, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> sure)
    {
        for (var j = 0; j < found.Count; j++)
        {
            var m = found[j];
            if (m.Confidence < SureConfidence && m.Kind == MentionKind.Name && sure.TryGetValue(article.Clean.AsSpan(m.Start, m.End - m.Start), out var type) && type != m.Type)
            {
                found[j] = new Mention { Start = m.Start, End = m.End, Type = type, Kind = m.Kind, Sentence = m.Sentence, Confidence = m.Confidence };
            }
        }
    }
}
