using NewsNlp.Documents;
using NewsNlp.Models;
using NewsNlp.Pipeline;

namespace NewsNlp.Analysis.Tagging;

/// <summary>Tags every token with its UPOS, sentence by sentence, using one shared tagger.</summary>
public sealed class PosStage(PosTagger tagger) : IStage, IReportsModels
{
    /// <summary>A stage over the shipped model (loaded once per process).</summary>
    public PosStage()
        : this(PosTagger.Shared)
    {
        var path = ModelLocator.PathOf(PosTagger.ModelFileName);
        Models = [ModelInfo.FromFile("pos", PosTagger.Shared.Metadata.GetValueOrDefault("version", "unknown"), path)];
    }

    /// <summary>The shipped model file, for run.json; empty for a tagger given in code.</summary>
    public IReadOnlyList<ModelInfo> Models { get; } = [];

    public string Name => "pos";

    public Layer Requires => Layer.Tokens | Layer.Sentences;

    public Layer Provides => Layer.PartOfSpeech;

    public void Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var sentence in article.Sentences)
        {
            tagger.Tag(article.Clean, article.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }
    }
}
