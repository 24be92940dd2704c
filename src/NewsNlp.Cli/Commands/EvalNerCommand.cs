using System.Diagnostics;
using System.Globalization;
using NewsNlp.Analysis.Contextual;
using NewsNlp.Analysis.Entities;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Models;
using NewsNlp.Training;
using Spectre.Console.Cli;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// `newsnlp eval ner`: exact-span P/R/F1, overall and per type, on UNER EWT and GUM news, as written and
/// lower-cased; with --speed, the recogniser's own tokens/s on those sentences.
/// </summary>
public sealed class EvalNerCommand : Command<NerEvalSettings>
{
    public override int Execute(CommandContext context, NerEvalSettings settings, CancellationToken cancellationToken)
    {
        var root = settings.CorporaRoot;
        var corpora = EntityCorpora.Load(root, settings.Split);
        var path = settings.ModelPath ?? ModelLocator.PathOf(EntityRecognizer.ModelFile);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var model = EntityRecognizer.Load(path);
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        Console.WriteLine($"model {path}: {new FileInfo(path).Length / 1024} KiB, loaded in {watch.ElapsedMilliseconds} ms ({cpuMs:0} ms CPU)");
        var tagger = model.UsesPartOfSpeech ? PosTagger.Shared : null;
        var cache = new ContextualVectorCache(settings.VectorCache ?? ContextualVectorCache.DefaultFolder);
        INameRecognizer recognizer = settings.Accurate ? LoadAccurate(model, settings, cache, corpora) : model;
        Console.WriteLine($"{"corpus",-10} {"casing",-6} {"type",-7} {"P",6} {"R",6} {"F1",6} {"gold",6}");
        foreach (var (name, sentences) in corpora)
        {
            foreach (var lower in new[] { false, true })
            {
                var scores = EntityEvaluation.Evaluate(recognizer, sentences, lower, tagger);
                foreach (var type in scores.Types.Append("all"))
                {
                    var s = type == "all" ? scores.Overall : scores.Of(type);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-10} {(lower ? "lower" : "cased"),-6} {type,-7} {s.Precision,6:F3} {s.Recall,6:F3} {s.F1,6:F3} {s.Gold,6}"));
                }
            }
        }

        foreach (var (_, sentences) in corpora)
        {
            PrintErrors(recognizer, sentences, settings.Errors, tagger);
        }

        if (settings.Speed)
        {
            // The accurate recogniser is timed encoding every sentence (no cache) over the first sentences only.
            ReportSpeed(
                recognizer is AccurateEntityRecognizer accurate ? new AccurateEntityRecognizer(model, accurate.Head, cache: null, accurate.Weight, accurate.PriorShare, accurate.TypeWeights) : model,
                [.. corpora.SelectMany(c => c.Sentences).Take(settings.Accurate ? AccurateSpeedSentences : int.MaxValue)],
                tagger,
                runs: settings.Accurate ? 3 : 6);
        }

        return 0;
    }

    private const int AccurateSpeedSentences = 300;

    /// <summary>The accurate recogniser over <paramref name="fast"/>, every sentence's vectors made (or read) once beforehand.</summary>
    private static AccurateEntityRecognizer LoadAccurate(EntityRecognizer fast, NerEvalSettings settings, ContextualVectorCache cache, IReadOnlyList<(string Name, IReadOnlyList<EntitySentence> Sentences)> corpora)
    {
        var path = settings.AccurateModelPath ?? ModelLocator.PathOf(AccurateEntityRecognizer.ModelFile);
        var accurate = new AccurateEntityRecognizer(fast, NerHead.Load(path), cache);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accurate: head {path} ({new FileInfo(path).Length / 1024} KiB), weight {accurate.Weight}, prior share {accurate.PriorShare}, type weights {AccurateEntityRecognizer.FormatTypeWeights(accurate.TypeWeights)}, encoder layer {accurate.Head.EncoderLayer}; vectors cached in {cache.Folder}"));
        EntityVectors.Encode([.. corpora.SelectMany(c => c.Sentences)], cache, encoder: accurate.Head.Encoder);
        return accurate;
    }

    private static void PrintErrors(INameRecognizer model, IReadOnlyList<EntitySentence> sentences, int limit, PosTagger? tagger)
    {
        // The same recognition pass as the scores above, so the errors shown are the ones they count.
        foreach (var (s, found) in EntityEvaluation.Recognize(model, sentences, tagger: tagger))
        {
            if (limit <= 0)
            {
                return;
            }

            var gold = s.Entities.Select(e => $"{string.Join(' ', s.Words.Skip(e.First).Take(e.End - e.First))}/{e.Type}").ToList();
            var predicted = found.Select(e => $"{string.Join(' ', s.Words.Skip(e.FirstToken).Take(e.EndToken - e.FirstToken))}/{e.Type}").ToList();
            if (!gold.SequenceEqual(predicted))
            {
                Console.WriteLine($"{s.Text}\n  gold: {string.Join(" | ", gold)}\n  ours: {string.Join(" | ", predicted)}");
                limit--;
            }
        }
    }

    private static void ReportSpeed(INameRecognizer model, EntitySentence[] sentences, PosTagger? tagger, int runs)
    {
        var prepared = sentences.Select(s => (s.Text, Tokens: CorpusTokens.Of(s, tagger))).ToArray();
        var found = new List<RecognizedName>();
        TimeRuns("one sentence per call", prepared, runs, () =>
        {
            foreach (var (text, toks) in prepared)
            {
                found.Clear();
                model.Recognize(text, toks, null, found);
            }
        });
        if (model is AccurateEntityRecognizer accurate)
        {
            // As the pipeline's NER stage calls it: a document's sentences encoded together, in batched runs.
            TimeRuns($"{AccurateEntityRecognizer.SentencesPerBatch} sentences per encoder call, as in the pipeline", prepared, runs, () =>
            {
                foreach (var chunk in prepared.Chunk(AccurateEntityRecognizer.SentencesPerBatch))
                {
                    var vectors = accurate.Vectors([.. chunk.Select(p => EntityVectors.InputOf(p.Text, p.Tokens))]);
                    for (var i = 0; i < chunk.Length; i++)
                    {
                        found.Clear();
                        accurate.Recognize(chunk[i].Text, chunk[i].Tokens, vectors[i], null, found);
                    }
                }
            });
        }
    }

    private static void TimeRuns(string how, (string Text, Documents.Token[] Tokens)[] prepared, int runs, Action recognizeAll)
    {
        var tokens = prepared.Sum(p => p.Tokens.Length);
        var wallRuns = new List<double>();
        var cpuRuns = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            recognizeAll();
            if (run > 0)
            {
                wallRuns.Add(tokens / watch.Elapsed.TotalSeconds);
                cpuRuns.Add(tokens / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            }
        }

        wallRuns.Sort();
        cpuRuns.Sort();

        // Per CPU-second too: on a shared machine wall-clock time mostly measures the other processes.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed ({how}): {wallRuns[wallRuns.Count / 2]:N0} tokens/s wall clock, {cpuRuns[cpuRuns.Count / 2]:N0} tokens per CPU-second, {prepared.Length * (double)wallRuns[wallRuns.Count / 2] / tokens:N0} sentences/s (recogniser only, one thread, median of {runs - 1} runs over {tokens:N0} tokens)"));
    }
}
