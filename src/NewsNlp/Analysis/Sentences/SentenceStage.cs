using NewsNlp.Documents;
using NewsNlp.Models;
using NewsNlp.Pipeline;

namespace NewsNlp.Analysis.Sentences;

/// <summary>
/// Splits the tokens into <see cref="Article.Sentences"/>. Uses the repair stage's blocks when present
/// (a sentence never crosses a block), otherwise line breaks alone. The model is shared read-only, so thread-safe.
/// </summary>
public sealed class SentenceStage(SentenceBoundaryModel? model) : IStage, IReportsModels
{
    /// <summary>A stage over the shipped boundary model, or the rules alone when it is not installed.</summary>
    public SentenceStage()
        : this(SentenceBoundaryModel.Shared)
    {
        if (SentenceBoundaryModel.Shared is { } shipped)
        {
            var path = ModelLocator.PathOf(SentenceBoundaryModel.ModelFileName);
            Models = [ModelInfo.FromFile("sentences", shipped.Metadata.GetValueOrDefault("version", "unknown"), path)];
        }
    }

    /// <summary>The shipped model file, for run.json; empty with the rules alone or a model given in code.</summary>
    public IReadOnlyList<ModelInfo> Models { get; } = [];

    public string Name => "sentences";

    public Layer Requires => Layer.Tokens;

    public Layer Provides => Layer.Sentences;

    public void Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.Sentences.Clear();
        article.Sentences.AddRange(SentenceSplitter.Split(article.Clean, article.Tokens, article.Blocks, model));
    }
}
