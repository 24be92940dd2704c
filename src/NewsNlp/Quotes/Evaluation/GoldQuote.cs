using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsNlp.Quotes.Evaluation;

/// <summary>
/// One line of a gold file in data/quotes (format and guidelines in data/quotes/README.md). A quote is given
/// either by its <see cref="Text"/> (and which occurrence of it) — for text the repository may hold — or by
/// character offsets <see cref="Start"/>–<see cref="End"/> into its document, for documents read from
/// ../shared/corpora, so no corpus text is copied into the repository. For the same reason a speaker the
/// document names is given there by offsets too (<see cref="SpeakerStart"/>–<see cref="SpeakerEnd"/>), and
/// <see cref="WithSpeakerFrom"/> reads its name from the document; <see cref="Speaker"/> holds a name only
/// where the annotator wrote one.
/// </summary>
public sealed record GoldQuote(
    [property: JsonPropertyName("doc")] string Doc,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("start")] int? Start,
    [property: JsonPropertyName("end")] int? End,
    [property: JsonPropertyName("speaker")] string Speaker,
    [property: JsonPropertyName("speaker_type")] string SpeakerType,
    [property: JsonPropertyName("cue")] string Cue,
    [property: JsonPropertyName("occurrence")] int Occurrence,
    [property: JsonPropertyName("speaker_start")] int? SpeakerStart = null,
    [property: JsonPropertyName("speaker_end")] int? SpeakerEnd = null)
{
    public bool IsDirect => Kind == "direct";

    public static IReadOnlyList<GoldQuote> Read(string path) =>
        File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<GoldQuote>(line) ?? throw new InvalidDataException($"Empty gold line in {path}."))
            // A line whose speaker is given by offsets has no "speaker" field: its name is read from the document.
            .Select(quote => quote with { Speaker = quote.Speaker ?? string.Empty })
            .ToArray();

    /// <summary>
    /// This quote with its speaker's name read from <paramref name="raw"/> when the gold line gives the
    /// speaker by offsets; unchanged otherwise, or when the offsets fall outside the text.
    /// </summary>
    public GoldQuote WithSpeakerFrom(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return SpeakerStart is { } start && SpeakerEnd is { } end && start >= 0 && start < end && end <= raw.Length
            ? this with { Speaker = raw[start..end] }
            : this;
    }

    /// <summary>
    /// The raw-text span of this quote: its offsets when given, else the <see cref="Occurrence"/>-th
    /// occurrence of its text, counting overlapping occurrences; null when the offsets fall outside the
    /// text or the text does not occur that often (a stale gold line, or a changed corpus file).
    /// </summary>
    public (int Start, int End)? Locate(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (Start is { } start && End is { } end)
        {
            return start >= 0 && start < end && end <= raw.Length ? (start, end) : null;
        }

        if (string.IsNullOrEmpty(Text))
        {
            return null;
        }

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
