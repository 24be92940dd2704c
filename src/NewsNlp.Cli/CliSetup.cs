using NewsNlp.Cli.Commands;
using Spectre.Console.Cli;

namespace NewsNlp.Cli;

/// <summary>Registers the commands. Kept apart from Program so tests can build the same app.</summary>
public static class CliSetup
{
    public static void Configure(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.SetExceptionHandler((exception, _) => ExitCodes.Report(exception));
        config.AddCommand<RunCommand>("run")
            .WithDescription("Analyse an archive of articles and write the CSV/JSONL outputs (schema: docs/schema.md).")
            .WithExample("run", "--input", "data/samples", "--output", "out");
        config.AddCommand<InspectCommand>("inspect")
            .WithDescription("Print one article as a readable report: text with edits marked, entities, quotes, stances.")
            .WithExample("inspect", "data/samples/security-guarantees.txt");
        config.AddCommand<BenchCommand>("bench")
            .WithDescription("Generate a news-like archive and measure articles/s, MB/s and peak memory.")
            .WithExample("bench", "--size-mb", "64");
        config.AddBranch("train", train =>
        {
            train.AddCommand<ModelsCommand>("models").IsHidden();
            train.SetDescription("Train a model from the shared corpora (deterministic for a given --seed).");
            train.AddCommand<TrainPosCommand>("pos");
            train.AddCommand<TrainSentencesCommand>("sentences");
            train.AddCommand<TrainTruecaseCommand>("truecase");
            train.AddCommand<TrainSpellingCommand>("spelling");
            train.AddCommand<TrainNerCommand>("ner").WithDescription("Named-entity recogniser (UNER EWT + GUM news).");
            train.AddCommand<TrainNerAccurateCommand>("ner-accurate").WithDescription("Accurate NER: a head over MiniLM contextual vectors, combined with ner.bin.");
            train.AddCommand<TrainStanceCommand>("stance").WithDescription("Stance toward a topic (Perspectrum, ArgKP, data/stance).");
            train.AddCommand<TrainPortrayalCommand>("portrayal").WithDescription("How sentences portray a target (NewsMTSC).");
            train.AddCommand<TrainClustersCommand>("clusters");
        });
        config.AddBranch("eval", eval =>
        {
            eval.AddCommand<ModelsCommand>("models").IsHidden();
            eval.SetDescription("Evaluate a model on held-out corpora and print its scores.");
            eval.AddCommand<EvalTokenizeCommand>("tokenize");
            eval.AddCommand<EvalSentencesCommand>("sentences");
            eval.AddCommand<EvalPosCommand>("pos");
            eval.AddCommand<EvalSpeedCommand>("speed");
            eval.AddCommand<EvalTruecaseCommand>("truecase");
            eval.AddCommand<EvalRepairCommand>("repair");
            eval.AddCommand<EvalNerCommand>("ner").WithDescription("Named entities: exact-span P/R/F1 on UNER EWT and GUM news, cased and lower-cased.");
            eval.AddCommand<EvalStanceCommand>("stance").WithDescription("Stance scores on Perspectrum, ArgKP and data/stance.");
            eval.AddCommand<EvalPortrayalCommand>("portrayal").WithDescription("Portrayal scores on NewsMTSC test_rw.");
            eval.AddCommand<EvalQuotesCommand>("quotes");
        });
    }
}
