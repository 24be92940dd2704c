using NewsNlp.Analysis.Entities;
using NewsNlp.Analysis.Sentences;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Analysis.Tokenization;
using NewsNlp.Pipeline;

namespace NewsNlp.Analysis;

/// <summary>
/// The linguistic analysis stages in pipeline order. The pipeline and the speed benchmark both take
/// them from here, so a stage added here (e.g. entity recognition) is run and measured by both.
/// </summary>
public static class AnalysisStages
{
    /// <param name="ner">Which shipped entity recogniser: the fast perceptron (default) or the accurate one.</param>
    public static IReadOnlyList<IStage> Create(Stance.ModelMode ner = Stance.ModelMode.Fast) =>
    [
        new TokenizerStage(),
        new SentenceStage(),
        new PosStage(),
        NerStage.Create(ner),
    ];
}
