namespace NewsNlp.Documents;

/// <summary>A half-open range [Start, End) of .NET string indices into a text the article owns.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int index) => index >= Start && index < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"[{Start},{End})";
}
