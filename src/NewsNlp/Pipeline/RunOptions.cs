using NewsNlp.Ingestion;

namespace NewsNlp.Pipeline;

/// <summary>Which output files to write.</summary>
[Flags]
public enum OutputFormats
{
    None = 0,

    /// <summary>articles.csv, edits.csv, entities.csv, mentions.csv, quotes.csv, stances.csv, rejected.csv.</summary>
    Csv = 1,

    /// <summary>documents.jsonl.</summary>
    Jsonl = 2,

    All = Csv | Jsonl,
}

/// <summary>Everything a run is told: what to read, where to write, and how the stages behave.</summary>
public sealed record RunOptions
{
    public required string Input { get; init; }

    public required string Output { get; init; }

    /// <summary>The issue stances are measured against; null means each article's title.</summary>
    public string? Topic { get; init; }

    public int Workers { get; init; } = Environment.ProcessorCount;

    public long MaxDocBytes { get; init; } = IngestOptions.DefaultMaxDocBytes;

    public OutputFormats Formats { get; init; } = OutputFormats.All;

    public FieldNames Fields { get; init; } = FieldNames.Default;

    /// <summary>Repairs switched off by name (e.g. "truecase", "spelling"); the repair stage reads this.</summary>
    public IReadOnlySet<string> DisabledRepairs { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Minimum confidence for a repair edit to be applied.</summary>
    public double RepairMinConfidence { get; init; }

    /// <summary>Which shipped stance and portrayal models the stance stage uses.</summary>
    public Stance.ModelMode StanceModel { get; init; } = Stance.ModelMode.Fast;

    /// <summary>Which truecaser the repair stage uses: the fast perceptron, or the accurate mode with contextual vectors.</summary>
    public Stance.ModelMode TruecaseModel { get; init; } = Stance.ModelMode.Fast;

    /// <summary>Which shipped entity recogniser the NER stage uses (accurate: with MiniLM contextual vectors, far slower).</summary>
    public Stance.ModelMode NerModel { get; init; } = Stance.ModelMode.Fast;

    public IngestOptions ToIngestOptions() => new() { MaxDocBytes = MaxDocBytes, Fields = Fields };
}
