using System.ComponentModel;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>Options of `train ner`.</summary>
public sealed class NerTrainSettings : ClusterTrainSettings
{
    [CommandOption("--model <FILE>")]
    [Description("Where to write the model (default models/ner.bin).")]
    public string? ModelPath { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Random seed; the same data and seed give the same model file.")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    [CommandOption("--seeds <N>")]
    [Description("Train N perceptrons on seeds S, S+1, … (S from --seed) and average their weights into one model (same size and speed).")]
    [DefaultValue(3)]
    public int Seeds { get; init; } = 3;

    [CommandOption("--epochs <N>")]
    [Description("Maximum epochs; the epoch with the best dev score is kept.")]
    [DefaultValue(15)]
    public int Epochs { get; init; } = 15;

    [CommandOption("--bits <N>")]
    [Description("log2 of the weight table's rows (model size against hash collisions).")]
    [DefaultValue(17)]
    public int Bits { get; init; } = 17;

    [CommandOption("--news-weight <N>")]
    [Description("How many times each GUM news document is trained on per epoch (news is the target domain; UNER EWT once).")]
    [DefaultValue(1)]
    public int NewsWeight { get; init; } = 1;

    [CommandOption("--no-pos")]
    [Description("Train without part-of-speech features (for ablation; the tagger's tokens are not used).")]
    public bool NoPos { get; init; }

    [CommandOption("--no-lowercase")]
    [Description("Do not add lower-cased copies of the training documents (for ablation).")]
    public bool NoLowercase { get; init; }

    [CommandOption("--no-document")]
    [Description("Train without document-level features (what earlier sentences said about a word), for ablation.")]
    public bool NoDocument { get; init; }
}

/// <summary>Options of `eval ner`.</summary>
public sealed class NerEvalSettings : CorpusSettings
{
    [CommandOption("--model <FILE>")]
    [Description("Model file to score (default the shipped models/ner.bin).")]
    public string? ModelPath { get; init; }

    [CommandOption("--split <SPLIT>")]
    [Description("dev (for tuning) or test (for reporting). Default test.")]
    [DefaultValue("test")]
    public string Split { get; init; } = "test";

    [CommandOption("--errors <N>")]
    [Description("Print the first N sentences of each corpus where the recogniser and the gold names differ.")]
    [DefaultValue(0)]
    public int Errors { get; init; }

    [CommandOption("--speed")]
    [Description("Also time the recogniser alone over the split's tokens (median of 5 runs, one thread).")]
    public bool Speed { get; init; }
}
