using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsNlp.Pipeline;

namespace NewsNlp.Output;

/// <summary>run.json: what ran, with which options and models, what came out, and how long it took.</summary>
public sealed record RunManifest(
    string SchemaVersion,
    string ToolVersion,
    RunManifest.OptionsPart Options,
    IReadOnlyList<ModelInfo> Models,
    RunManifest.CountsPart Counts,
    RunManifest.TimingsPart Timings)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string ToolVersionOf(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

        // The SDK appends "+commit"; keep the version alone so equal builds write equal files.
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }

    public static RunManifest Create(RunOptions options, IReadOnlyList<ModelInfo> models, RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(summary);
        var formats = new List<string>();
        if (options.Formats.HasFlag(OutputFormats.Csv))
        {
            formats.Add("csv");
        }

        if (options.Formats.HasFlag(OutputFormats.Jsonl))
        {
            formats.Add("jsonl");
        }

        return new RunManifest(
            OutputSchema.Version,
            ToolVersionOf(typeof(RunManifest).Assembly),
            new OptionsPart(options.Input, options.Output, options.Topic, options.Workers, options.MaxDocBytes, formats, options.StanceModel.ToString().ToLowerInvariant(), options.DisabledRepairs.Order(StringComparer.Ordinal).ToArray()),
            models,
            new CountsPart(summary.Records, summary.Articles, summary.Rejected, summary.UnsupportedLanguage, summary.Tokens),
            new TimingsPart(
                Math.Round(summary.Elapsed.TotalSeconds, 3),
                summary.StageTimes.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value.TotalSeconds, 3))));
    }

    public void Write(string directory)
    {
        using var file = new AtomicFile(Path.Combine(directory, OutputSchema.RunFile));
        JsonSerializer.Serialize(file.Stream, this, Json);
        file.Stream.WriteByte((byte)'\n');
        file.Commit();
    }

    public sealed record OptionsPart(string Input, string Output, string? Topic, int Workers, long MaxDocBytes, IReadOnlyList<string> Formats, string StanceModel, IReadOnlyList<string> DisabledRepairs);

    public sealed record CountsPart(long Records, long Articles, long Rejected, long UnsupportedLanguage, long Tokens);

    /// <summary>Seconds: the whole run, and per stage summed over worker threads.</summary>
    public sealed record TimingsPart(double TotalSeconds, IReadOnlyDictionary<string, double> Stages);
}
