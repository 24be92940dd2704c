using System.ComponentModel;
using NewsNlp.Repair;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>The repair switches (--no-truecase, --no-spelling, …) and threshold, for commands that run the repair stage.</summary>
public class RepairSwitchSettings : CommandSettings
{
    [CommandOption("--no-encoding")]
    [Description("Do not repair mojibake, HTML entities or decomposed letters.")]
    public bool NoEncoding { get; init; }

    [CommandOption("--no-whitespace")]
    [Description("Do not remove zero-width characters or collapse spaces.")]
    public bool NoWhitespace { get; init; }

    [CommandOption("--no-boilerplate")]
    [Description("Keep tables of contents, call-outs, reader questions and share lines.")]
    public bool NoBoilerplate { get; init; }

    [CommandOption("--no-duplicates")]
    [Description("Keep repeated paragraphs.")]
    public bool NoDuplicates { get; init; }

    [CommandOption("--no-spacing")]
    [Description("Do not insert missing spaces after punctuation.")]
    public bool NoSpacing { get; init; }

    [CommandOption("--no-truecase")]
    [Description("Do not restore capitals.")]
    public bool NoTruecase { get; init; }

    [CommandOption("--no-spelling")]
    [Description("Do not correct non-words.")]
    public bool NoSpelling { get; init; }

    [CommandOption("--truecase-model <MODE>")]
    [Description("fast (default) or accurate: the truecaser's perceptron alone, or mixed with a head over MiniLM contextual word vectors (models/truecase-accurate.md; far slower).")]
    [DefaultValue(Stance.ModelMode.Fast)]
    public Stance.ModelMode TruecaseModel { get; init; } = Stance.ModelMode.Fast;

    [CommandOption("--repair-min-confidence <P>")]
    [Description("Apply only repair edits at least this confident (0..1).")]
    [DefaultValue(0.5)]
    public double RepairMinConfidence { get; init; } = 0.5;

    /// <summary>The names of the repairs switched off, as RunOptions.DisabledRepairs takes them.</summary>
    public IReadOnlySet<string> DisabledRepairs()
    {
        bool[] off = [NoEncoding, NoWhitespace, NoBoilerplate, NoDuplicates, NoSpacing, NoTruecase, NoSpelling];
        return RepairOptions.Names.Where((_, i) => off[i]).ToHashSet(StringComparer.Ordinal);
    }

    public RepairOptions ToRepairOptions() => RepairOptions.From(DisabledRepairs(), RepairMinConfidence) with { TruecaseModel = TruecaseModel };
}
