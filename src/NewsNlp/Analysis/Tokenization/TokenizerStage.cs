using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Analysis.Tokenization;

/// <summary>Tokenizes the cleaned text into <see cref="Article.Tokens"/>. Stateless, so thread-safe.</summary>
public sealed class TokenizerStage : IStage
{
    public string Name => "tokenize";

    public Layer Requires => Layer.CleanText;

    public Layer Provides => Layer.Tokens;

    public void Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.Tokens = Tokenizer.Tokenize(article.Clean);
    }
}
