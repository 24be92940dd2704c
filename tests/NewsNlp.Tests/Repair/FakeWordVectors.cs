using NewsNlp.Repair.Contextual;

namespace NewsNlp.Tests.Repair;

/// <summary>
/// Contextual vectors for tests, without the transformer: a word's first dimension says whether it is one
/// of <see cref="Names"/> (what MiniLM's vectors carry for real names), the second whether the word before
/// it is "in" or "from", the rest a fixed pattern of its letters. Case-blind, as the real model is. Counts
/// the spans (sentences) it is asked about.
/// </summary>
internal sealed class FakeWordVectors(params string[] names) : IContextualWordVectors
{
    public HashSet<string> Names { get; } = new(names, StringComparer.OrdinalIgnoreCase);

    public int SpansEncoded { get; private set; }

    public int Dimensions => 6;

    public IReadOnlyList<float[][]> Vectors(IReadOnlyList<WordSpan> spans)
    {
        SpansEncoded += spans.Count;
        return [.. spans.Select(s => s.Words.Select((w, i) => Vector(s.Text, s.Words, i)).ToArray())];
    }

    private float[] Vector(string text, IReadOnlyList<(int Start, int End)> words, int i)
    {
        var word = text[words[i].Start..words[i].End].ToLowerInvariant();
        var previous = i > 0 ? text[words[i - 1].Start..words[i - 1].End].ToLowerInvariant() : string.Empty;
        var vector = new float[Dimensions];
        vector[0] = Names.Contains(word) ? 1 : 0;
        vector[1] = previous is "in" or "from" ? 1 : 0;
        for (var k = 0; k < word.Length; k++)
        {
            vector[2 + (k % 4)] += (word[k] - 'a') / 26f;
        }

        return vector;
    }
}
