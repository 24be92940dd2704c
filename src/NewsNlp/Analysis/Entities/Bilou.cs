namespace NewsNlp.Analysis.Entities;

/// <summary>A token's place in a span: Begin, Inside, Last, Unit (one-token span), or Outside.</summary>
public enum BilouPosition : byte
{
    Outside,
    Begin,
    Inside,
    Last,
    Unit,
}

/// <summary>
/// The BILOU label set over a list of entity types: class 0 is O, then B, I, L, U for each type in
/// order. BILOU rather than BIO because the last token of a name is as informative as the first
/// (Ratinov and Roth 2009).
/// </summary>
public sealed class Bilou
{
    public Bilou(IReadOnlyList<string> types)
    {
        Types = types.ToArray();
        var names = new List<string> { "O" };
        foreach (var t in Types)
        {
            names.Add("B-" + t);
            names.Add("I-" + t);
            names.Add("L-" + t);
            names.Add("U-" + t);
        }

        Labels = names;
    }

    public IReadOnlyList<string> Types { get; }

    public IReadOnlyList<string> Labels { get; }

    public int Count => Labels.Count;

    public int Label(BilouPosition position, int type) => position == BilouPosition.Outside ? 0 : 1 + (type * 4) + ((int)position - 1);

    public static BilouPosition PositionOf(int label) => label <= 0 ? BilouPosition.Outside : (BilouPosition)(((label - 1) % 4) + 1);

    public static int TypeOf(int label) => label <= 0 ? -1 : (label - 1) / 4;

    /// <summary>Writes the labels of spans (token ranges with a type index) into <paramref name="labels"/>.</summary>
    public void Encode(IEnumerable<(int First, int End, int Type)> spans, Span<int> labels)
    {
        labels.Clear();
        foreach (var (first, end, type) in spans)
        {
            if (end - first == 1)
            {
                labels[first] = Label(BilouPosition.Unit, type);
                continue;
            }

            labels[first] = Label(BilouPosition.Begin, type);
            for (var i = first + 1; i < end - 1; i++)
            {
                labels[i] = Label(BilouPosition.Inside, type);
            }

            labels[end - 1] = Label(BilouPosition.Last, type);
        }
    }
}
