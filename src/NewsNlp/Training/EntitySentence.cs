using System.Text;
using NewsNlp.Documents;

namespace NewsNlp.Training;

/// <summary>A gold name: a token range [First, End) of its sentence and the corpus's type label.</summary>
public readonly record struct EntityAnnotation(int First, int End, string Type);

/// <summary>
/// A sentence of an entity corpus (UNER IOB2, GUM converted): its words and gold names. Words are laid
/// out as one text joined by single spaces, so the recogniser sees the same (text, tokens) it gets from
/// the tokenizer at run time.
/// </summary>
public sealed class EntitySentence
{
    public EntitySentence(string docId, IReadOnlyList<string> words, IReadOnlyList<EntityAnnotation> entities)
    {
        DocId = docId;
        Words = words;
        Entities = entities;
        var text = new StringBuilder();
        var tokens = new Token[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            tokens[i] = new Token(text.Length, text.Length + words[i].Length);
            text.Append(words[i]);
        }

        Text = text.ToString();
        Tokens = tokens;
    }

    public string DocId { get; }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<EntityAnnotation> Entities { get; }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The same sentence in lower case, as casing-noisy input presents it (Mayhew et al. 2019).</summary>
    public EntitySentence Lowercased() =>
        new(DocId, Words.Select(w => w.ToLowerInvariant()).ToArray(), Entities);

    /// <summary>Turns per-word IOB2 labels (B-X, I-X, O; an I without a B starts a name) into annotations.</summary>
    public static IReadOnlyList<EntityAnnotation> FromIob(IReadOnlyList<string> labels)
    {
        var spans = new List<EntityAnnotation>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= labels.Count; i++)
        {
            var label = i < labels.Count ? labels[i] : "O";
            var continues = label.StartsWith("I-", StringComparison.Ordinal) && type != null && label.AsSpan(2).SequenceEqual(type);
            if (continues)
            {
                continue;
            }

            if (type != null)
            {
                spans.Add(new EntityAnnotation(start, i, type));
                type = null;
            }

            if (label.Length > 2 && label[1] == '-')
            {
                start = i;
                type = label[2..];
            }
        }

        return spans;
    }
}
