namespace NewsNlp.Repair;

/// <summary>
/// Which repairs run and how sure an edit must be to be applied. Every repair can be switched off on
/// the command line (--no-truecase, --no-spelling, …); edits below <see cref="MinConfidence"/> are dropped.
/// </summary>
public sealed record RepairOptions
{
    public static RepairOptions Default { get; } = new();

    public bool Encoding { get; init; } = true;

    public bool Whitespace { get; init; } = true;

    public bool Boilerplate { get; init; } = true;

    public bool Duplicates { get; init; } = true;

    public bool Spacing { get; init; } = true;

    public bool Truecase { get; init; } = true;

    public bool Spelling { get; init; } = true;

    /// <summary>
    /// Whether a text written wholly in lower case is taken for damage and all its capitals restored. Off
    /// by default: such text (e-mail, chat, some feeds) is usually the writer's style, so only names with
    /// strong evidence are capitalised. On for ASR-like or deliberately lowered input.
    /// </summary>
    public bool RestoreLowerCasedText { get; init; }

    /// <summary>
    /// Fast: the truecaser's perceptron alone. Accurate: its probabilities mixed with a head over the
    /// MiniLM transformer's contextual word vectors (<c>truecase-accurate.bin</c>), at the transformer's cost.
    /// </summary>
    public Stance.ModelMode TruecaseModel { get; init; } = Stance.ModelMode.Fast;

    /// <summary>Edits with a lower confidence (0..1) are not applied.</summary>
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>The names repairs are switched off by (--no-NAME, RunOptions.DisabledRepairs).</summary>
    public static IReadOnlyList<string> Names { get; } = ["encoding", "whitespace", "boilerplate", "duplicates", "spacing", "truecase", "spelling"];

    /// <summary>Options with the named repairs off; a threshold of 0 or less keeps the default.</summary>
    public static RepairOptions From(IReadOnlySet<string> disabled, double minConfidence)
    {
        ArgumentNullException.ThrowIfNull(disabled);
        return new RepairOptions
        {
            Encoding = !disabled.Contains("encoding"),
            Whitespace = !disabled.Contains("whitespace"),
            Boilerplate = !disabled.Contains("boilerplate"),
            Duplicates = !disabled.Contains("duplicates"),
            Spacing = !disabled.Contains("spacing"),
            Truecase = !disabled.Contains("truecase"),
            Spelling = !disabled.Contains("spelling"),
            MinConfidence = minConfidence > 0 ? minConfidence : Default.MinConfidence,
        };
    }
}
