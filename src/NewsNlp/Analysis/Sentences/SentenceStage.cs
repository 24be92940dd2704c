using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Analysis.Sentences;

/// <summary>
/// Splits the tokens into <see cref="Article.Sentences"/>. Uses the repair stage's blocks when present
/// (a sentence never crosses a block), otherwise line breaks alone. The model is shared read-only, so thread-safe.
/// </summary>
public sealed class SentenceStage(SentenceBoundaryModel? model) : IStage
{
    /// <summary>A stage over the shipped boundary model, or the rules alone when it is not installed.</summary>
    public SentenceStage()
        : this(SentenceBoundaryModel.Shared)
    {
    }

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
