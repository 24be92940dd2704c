using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsNlp.Quotes.Evaluation;

/// <summary>One line of <c>data/quotes/gold.jsonl</c> (format and guidelines in data/quotes/README.md).</summary>
public sealed record GoldQuote(
    [property: JsonPropertyName("doc")] string Doc,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("speaker")] string Speaker,
    [property: JsonPropertyName("speaker_type")] string SpeakerType,
    [property: JsonPropertyName("cue")] string Cue,
    [property: JsonPropertyName("occurrence")] int Occurrence)
{
    public bool IsDirect => Kind == "direct";

    public static IReadOnlyList<GoldQuote> Read(string path) =>
        File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<GoldQuote>(line) ?? throw new InvalidDataException($"Empty gold line in {path}."))
            .ToArray();

    /// <summary>
    /// The raw-text span of this quote: the <see cref="Occurrence"/>-th occurrence of its text, counting
    /// overlapping occurrences; null when the text does not occur that often (a stale gold line).
    /// </summary>
    public (int Start, int End)? Locate(string raw)
    {
        var at = -1;
        for (var n = 0; n < Occurrence; n++)
        {
            at = raw.IndexOf(Text, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }
        }

        return (at, at + Text.Length);
    }
}
