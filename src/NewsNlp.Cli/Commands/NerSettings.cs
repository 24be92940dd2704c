using System.ComponentModel;
using NewsNlp.Analysis.Contextual;
using Spectre.Console;
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
public sealed class NerEvalSettings : VectorCacheSettings
{
    [CommandOption("--model <FILE>")]
    [Description("Model file to score (default the shipped models/ner.bin).")]
    public string? ModelPath { get; init; }

    [CommandOption("--ner-model <MODE>")]
    [Description("fast (default: the perceptron) or accurate (the perceptron with the contextual head of models/ner-accurate.bin).")]
    [DefaultValue("fast")]
    public string Mode { get; init; } = "fast";

    [CommandOption("--accurate-model <FILE>")]
    [Description("Contextual head to score with --ner-model accurate (default the shipped models/ner-accurate.bin).")]
    public string? AccurateModelPath { get; init; }

    public bool Accurate => string.Equals(Mode.Trim(), "accurate", StringComparison.OrdinalIgnoreCase);

    public override ValidationResult Validate() =>
        Accurate || string.Equals(Mode.Trim(), "fast", StringComparison.OrdinalIgnoreCase)
            ? ValidationResult.Success()
            : ValidationResult.Error("--ner-model takes fast or accurate.");

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

/// <summary>Options of `train ner-accurate`.</summary>
public sealed class NerAccurateTrainSettings : VectorCacheSettings
{
    [CommandOption("--model <FILE>")]
    [Description("Where to write the head (default models/ner-accurate.bin).")]
    public string? ModelPath { get; init; }

    [CommandOption("--fast-model <FILE>")]
    [Description("The perceptron the head is combined with (default the shipped models/ner.bin).")]
    public string? FastModelPath { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Random seed of the training order; the same data and seed give the same model file.")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    [CommandOption("--epochs <N>")]
    [Description("Epochs of the head; the one with the lowest dev log-loss is kept.")]
    [DefaultValue(2)]
    public int Epochs { get; init; } = 2;

    [CommandOption("--learning-rate <RATE>")]
    [Description("The head's first-epoch learning rate (then × 0.7 per epoch).")]
    [DefaultValue(0.005f)]
    public float LearningRate { get; init; } = 0.005f;

    [CommandOption("--hidden <N>")]
    [Description("Units in the head's hidden layer.")]
    [DefaultValue(48)]
    public int Hidden { get; init; } = 48;

    /// <summary>
    /// Layer 5 of 6 by default: chosen on dev (dev score 0.7730 against 0.7693 for layer 4, 0.7606 for layer 3
    /// and 0.7626 for the last layer; models/ner-accurate.md).
    /// </summary>
    public const int DefaultEncoderLayer = 5;

    [CommandOption("--encoder-layer <N>")]
    [Description("Whose hidden state of all-MiniLM-L6-v2 the head reads, 1–6 (default 5; 6 is the last).")]
    [DefaultValue(DefaultEncoderLayer)]
    public int EncoderLayer { get; init; } = DefaultEncoderLayer;

    public override ValidationResult Validate() =>
        EncoderLayer is >= 1 and <= ContextualEncoder.LastLayer
            ? ValidationResult.Success()
            : ValidationResult.Error("--encoder-layer takes 1 to 6.");
}

/// <summary>Options of the commands that read contextual vectors from the disk cache.</summary>
public class VectorCacheSettings : CorpusSettings
{
    [CommandOption("--vector-cache <DIR>")]
    [Description("Folder of cached contextual vectors (default ~/.cache/newsnlp/contextual; never inside the repository).")]
    public string? VectorCache { get; init; }
}
