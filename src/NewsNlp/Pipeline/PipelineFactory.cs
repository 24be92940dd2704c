using NewsNlp.Ingestion;

namespace NewsNlp.Pipeline;

/// <summary>
/// The one place that decides which stages run, in which order. Adding a stage is one line here;
/// <see cref="AnalysisPipeline"/> checks at start-up that each stage's requirements come before it.
/// </summary>
public static class PipelineFactory
{
    public static AnalysisPipeline Create(RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<IStage> stages =
        [
            new LanguageDetectionStage(),
            new Repair.RepairStage(Repair.RepairOptions.From(options.DisabledRepairs, options.RepairMinConfidence) with { TruecaseModel = options.TruecaseModel }, Repair.RepairModels.Default),
            .. Analysis.AnalysisStages.Create(options.NerModel),
            new Stakeholders.StakeholderStage(),
            new Quotes.QuoteStage(),
            Stance.StanceStage.Create(options.StanceModel, options.Topic),
        ];
        return new AnalysisPipeline(stages);
    }

    /// <summary>The models of every stage that reports them, in stage order.</summary>
    public static IReadOnlyList<ModelInfo> Models(AnalysisPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return pipeline.Stages.OfType<IReportsModels>().SelectMany(s => s.Models).ToArray();
    }
}
