namespace NewsNlp.Documents;

/// <summary>The kinds of change a repair may make; written to edits.csv in lower case.</summary>
public enum EditKind
{
    Spacing,
    Casing,
    Spelling,
    Encoding,
    Boilerplate,
    Duplicate,
    Whitespace,
}

/// <summary>
/// One change from the raw text to the cleaned text. <see cref="Source"/> is a range of the raw
/// text; replacing every edit's range by its <see cref="After"/> (edits never overlap) turns the raw
/// text into the cleaned text, which is what keeps every output traceable to its source.
/// </summary>
public sealed record Edit(EditKind Kind, string Rule, TextSpan Source, string Before, string After, double Confidence);
