using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Analysis.Tokenization;

/// <summary>
/// Tokenizes the cleaned text into <see cref="Article.Tokens"/>. Stateless, so thread-safe. It needs only
/// the raw layer because <see cref="Article.Clean"/> equals the raw text until a repair stage changes it,
/// and a repair stage placed after it fails loudly (the cleaned text cannot change once tokens exist).
/// </summary>
public sealed class TokenizerStage : IStage
{
    public string Name => "tokenize";

    public Layer Requires => Layer.Raw;

    public Layer Provides => Layer.Tokens;

    public void Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.Tokens = Tokenizer.Tokenize(article.Clean);
    }
}
