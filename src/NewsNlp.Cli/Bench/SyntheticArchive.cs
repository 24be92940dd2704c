using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsNlp.Cli.Bench;

/// <summary>
/// Writes a news-like archive for the benchmark: jsonl files of articles made from a sample article with
/// its paragraphs reordered, thinned and renamed (seeded, so every run gets the same archive).
/// </summary>
public static class SyntheticArchive
{
    private const long BytesPerFile = 32L * 1024 * 1024;

    private static readonly string[] Names = ["Zelenskyy", "Witkoff", "Rubio", "Putin", "von der Leyen", "Macron", "Scholz", "Meloni", "Stoltenberg", "Tusk"];

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes at least <paramref name="bytes"/> bytes of jsonl into <paramref name="directory"/>; returns (articles, bytes).</summary>
    public static (long Articles, long Bytes) Write(string directory, string sampleText, long bytes, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(sampleText);
        Directory.CreateDirectory(directory);
        var paragraphs = sampleText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var random = new Random(seed);
        long written = 0, articles = 0;
        for (var fileIndex = 0; written < bytes; fileIndex++)
        {
            var path = Path.Combine(directory, $"part-{fileIndex:D4}.jsonl");
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            while (stream.Length < BytesPerFile && written + stream.Length < bytes)
            {
                WriteArticle(stream, articles++, paragraphs, random);
            }

            written += stream.Length;
        }

        return (articles, written);
    }

    private static void WriteArticle(Stream stream, long index, string[] paragraphs, Random random)
    {
        // The headline stays first; the other paragraphs are thinned and shuffled.
        var chosen = paragraphs.Skip(1).Where(_ => random.NextDouble() < 0.8).OrderBy(_ => random.Next()).Prepend(paragraphs[0]).ToArray();
        var from = Names[random.Next(Names.Length)];
        var to = Names[random.Next(Names.Length)];
        var text = new StringBuilder(string.Join("\n", chosen)).Replace(from, to).ToString();
        using (var writer = new Utf8JsonWriter(stream, Json))
        {
            writer.WriteStartObject();
            writer.WriteString("id", $"bench-{index:D8}");
            writer.WriteString("title", $"{paragraphs[0]} ({index})");
            writer.WriteString("published", new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(index).ToString("o", CultureInfo.InvariantCulture));
            writer.WriteString("source", "bench");
            writer.WriteString("text", text);
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }
}
