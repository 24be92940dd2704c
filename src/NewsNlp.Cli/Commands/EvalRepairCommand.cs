using System.ComponentModel;
using System.Globalization;
using NewsNlp.Repair;
using NewsNlp.Repair.Evaluation;
using NewsNlp.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>`newsnlp eval repair`: noise-injection recall/precision on held-out text, false edits on clean text, speed.</summary>
[Description("Evaluate text repair: inject noise (fixed seed) into held-out EWT test, GUM news test and NewsMTSC test sentences, repair, score; --speed measures MB/s.")]
public sealed class EvalRepairCommand : Command<EvalRepairCommand.Settings>
{
    public sealed class Settings : RepairSwitchSettings
    {
        [CommandOption("--corpora <DIR>")]
        [Description("Folder of the shared corpora (default: NEWSNLP_CORPORA or ../shared/corpora).")]
        public string? Corpora { get; init; }

        [CommandOption("--models <DIR>")]
        [Description("Models folder (default: models/ of the repository).")]
        public string? Models { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Seed of the noise injector.")]
        [DefaultValue(1)]
        public int Seed { get; init; } = 1;

        [CommandOption("--speed")]
        [Description("Measure the repair stage's throughput on the sample article repeated to --speed-mb megabytes: one thread (MB per CPU-second) and --threads threads (MB/s wall clock), median of --runs runs.")]
        public bool Speed { get; init; }

        [CommandOption("--speed-mb <MB>")]
        [DefaultValue(20)]
        public int SpeedMegabytes { get; init; } = 20;

        [CommandOption("--runs <N>")]
        [Description("Timed speed runs per thread count; the median is reported.")]
        [DefaultValue(3)]
        public int Runs { get; init; } = 3;

        [CommandOption("--threads <N>")]
        [Description("Threads of the parallel speed runs (default: all cores).")]
        public int? Threads { get; init; }

        [CommandOption("--sample <FILE>")]
        [DefaultValue("data/samples/security-guarantees.txt")]
        public string Sample { get; init; } = "data/samples/security-guarantees.txt";

        [CommandOption("--dev")]
        [Description("Score on the dev splits (EWT dev, GUM news dev, NewsMTSC dev_rw), for tuning; test is the default.")]
        public bool Dev { get; init; }

        [CommandOption("--errors")]
        [Description("Also print examples of false edits on the clean text.")]
        public bool Errors { get; init; }

        [CommandOption("--head-weight <W>")]
        [Description("With --truecase-model accurate: the head's share of the mixed probabilities, instead of the model file's (for tuning on --dev).")]
        public float? HeadWeight { get; init; }

        [CommandOption("--show <FILE>")]
        [Description("Repair one text file and print its edits and cleaned text instead of scoring.")]
        public string? Show { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var directory = RepairCommandSettings.ResolveModels(settings.Models);
        var models = AccurateTruecasing.Prepare(RepairModels.LoadFrom(directory), settings.TruecaseModel, settings.HeadWeight, directory);
        if (models == null)
        {
            return 1;
        }

        var stage = new RepairStage(settings.ToRepairOptions(), models);
        if (settings.Show != null)
        {
            return Show(settings.Show, stage);
        }

        if (settings.Speed)
        {
            return ReportSpeed(settings, stage);
        }

        try
        {
            var root = CorpusLocator.Resolve(settings.Corpora);
            var corpora = settings.Dev
                ? new List<(string Name, List<string> Texts)>
                {
                    ("UD EWT dev", RepairCorpora.ConlluDocuments(root, RepairCorpora.EwtDev).Select(d => d.Text).ToList()),
                    ("GUM news dev", RepairCorpora.ConlluDocuments(root, RepairCorpora.GumDev).Select(d => d.Text).ToList()),
                    ("NewsMTSC dev_rw", RepairCorpora.JsonSentences(root, RepairCorpora.NewsMtscDev, "sentence")),
                }
                : new List<(string Name, List<string> Texts)>
                {
                    ("UD EWT test", RepairCorpora.ConlluDocuments(root, RepairCorpora.EwtTest).Select(d => d.Text).ToList()),
                    ("GUM news test", RepairCorpora.ConlluDocuments(root, RepairCorpora.GumTest).Select(d => d.Text).ToList()),
                    ("NewsMTSC test_rw", RepairCorpora.JsonSentences(root, RepairCorpora.NewsMtscTest, "sentence")),
                };
            Func<string, bool>? isWord = models.Spelling is { } dictionary ? w => dictionary.CountOf(w) > 0 : null;
            var table = new Table().AddColumns("corpus", "tokens", "recall casing", "recall spacing", "recall typo", "precision", "false edits / 2000 tokens (clean)");
            var total = new RepairScores();
            foreach (var (name, texts) in corpora)
            {
                var scores = new RepairScores();
                var injector = new NoiseInjector(settings.Seed, isWord);
                foreach (var text in texts)
                {
                    RepairEvaluation.Score(text, stage, injector, scores);
                }

                Add(table, name, scores);
                if (settings.Errors)
                {
                    Console.WriteLine($"== {name} ==");
                    scores.Examples.ForEach(Console.WriteLine);
                }

                Accumulate(total, scores);
            }

            Add(table, "all", total);
            AnsiConsole.Write(table);
            AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  undamaged tokens removed from both copies (boilerplate, duplicates; not in precision): {total.RemovedFromBothCopies}; precision counting them: {F(total.PrecisionCountingRemovals)}"));
            foreach (var (rule, count) in total.CleanTextEditsByRule.OrderByDescending(p => p.Value).Take(12))
            {
                AnsiConsole.WriteLine($"  false edits on clean text: {rule} × {count}");
            }

            return 0;
        }
        catch (CorpusMissingException e)
        {
            AnsiConsole.WriteLine(e.Message);
            return 1;
        }
    }

    // One thread gives the stage's cost (MB per CPU-second, steady under load); all cores give what a batch
    // job gets (MB/s wall clock, the figure the goal is stated in), each the median of several runs.
    private static int ReportSpeed(Settings settings, RepairStage stage)
    {
        if (!File.Exists(settings.Sample))
        {
            AnsiConsole.WriteLine($"Sample not found: {settings.Sample}");
            return 1;
        }

        var sample = File.ReadAllText(settings.Sample);
        var chars = settings.SpeedMegabytes * 1_000_000L;
        var threads = Math.Max(1, settings.Threads ?? Environment.ProcessorCount);
        foreach (var count in threads == 1 ? [1] : new[] { 1, threads })
        {
            var runs = Enumerable.Range(0, Math.Max(1, settings.Runs)).Select(_ => RepairSpeed.Measure(sample, stage, chars, count)).ToList();
            foreach (var run in runs)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count} thread(s): {run.Bytes / 1e6:F1} MB in {run.Elapsed.TotalSeconds:F2} s = {run.MegabytesPerSecond:F1} MB/s wall clock, {run.MegabytesPerCpuSecond:F1} MB per CPU-second"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"repair stage, {count} thread(s), median of {runs.Count}: {RepairSpeed.Median(runs.Select(r => r.MegabytesPerSecond)):F1} MB/s wall clock, {RepairSpeed.Median(runs.Select(r => r.MegabytesPerCpuSecond)):F1} MB per CPU-second"));
        }

        // A yardstick from the same moment: on a loaded machine every figure shrinks together.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var repeats = (int)(chars / Math.Max(1, sample.Length));
        for (var i = 0; i < repeats; i++)
        {
            _ = sample.ToLowerInvariant();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"yardstick: string.ToLowerInvariant over the same text, one thread = {repeats * (double)System.Text.Encoding.UTF8.GetByteCount(sample) / 1e6 / watch.Elapsed.TotalSeconds:F1} MB/s"));
        return 0;
    }

    private static int Show(string path, RepairStage stage)
    {
        if (!File.Exists(path))
        {
            AnsiConsole.WriteLine($"File not found: {path}");
            return 1;
        }

        var article = new NewsNlp.Documents.Article(Path.GetFileName(path), path, "0", File.ReadAllText(path));
        stage.Process(article, CancellationToken.None);
        foreach (var e in article.Edits)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{e.Kind,-11} {e.Rule,-16} {e.Source,-14} {e.Confidence:F2}  [{Escape(e.Before)}] → [{Escape(e.After)}]"));
        }

        Console.WriteLine();
        Console.WriteLine(article.Clean);
        Console.WriteLine();
        foreach (var b in article.Blocks)
        {
            Console.WriteLine($"{b.Kind,-10} {Escape(article.Clean[b.Start..b.End][..Math.Min(70, b.End - b.Start)])}");
        }

        foreach (var t in article.Tables)
        {
            Console.WriteLine($"table: header [{string.Join(" | ", t.Header)}], {t.Rows.Count} rows × {t.Rows.Select(r => r.Count).DefaultIfEmpty().Max()} cells");
        }

        return 0;
    }

    private static string Escape(string s) => s.Length > 60 ? s[..57].Replace("\n", "\\n", StringComparison.Ordinal) + "…" : s.Replace("\n", "\\n", StringComparison.Ordinal);

    private static void Accumulate(RepairScores total, RepairScores scores)
    {
        foreach (var (kind, (injected, repaired)) in scores.Recall)
        {
            var (i, r) = total.Recall[kind];
            total.Recall[kind] = (i + injected, r + repaired);
        }

        total.FalseChanges += scores.FalseChanges;
        total.RemovedFromBothCopies += scores.RemovedFromBothCopies;
        total.Tokens += scores.Tokens;
        total.CleanTextEdits += scores.CleanTextEdits;
        foreach (var (rule, count) in scores.CleanTextEditsByRule)
        {
            total.CleanTextEditsByRule[rule] = total.CleanTextEditsByRule.GetValueOrDefault(rule) + count;
        }
    }

    private static void Add(Table table, string name, RepairScores s)
    {
        table.AddRow(
            name,
            s.Tokens.ToString(CultureInfo.InvariantCulture),
            $"{F(s.RecallOf(DamageKind.Casing))} of {s.Recall[DamageKind.Casing].Injected}",
            $"{F(s.RecallOf(DamageKind.Spacing))} of {s.Recall[DamageKind.Spacing].Injected}",
            $"{F(s.RecallOf(DamageKind.Typo))} of {s.Recall[DamageKind.Typo].Injected}",
            F(s.Precision),
            s.FalseEditsPer2000Tokens.ToString("F2", CultureInfo.InvariantCulture));
    }

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
