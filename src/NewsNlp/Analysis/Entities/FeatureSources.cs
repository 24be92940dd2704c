using NewsNlp.Analysis.Tagging;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// What the recogniser's features know besides the sentence: gazetteers, the word lexicon, and whether the
/// model has part-of-speech features. Training and recognition pass the same sources, so both compute the
/// same features.
/// </summary>
internal sealed record FeatureSources(Gazetteer Gazetteer, WordListLexicon Lexicon, bool PartOfSpeech)
{
    /// <summary>The lexicon carries word clusters, so the model has cluster features (models before 1.3.0 have none).</summary>
    public bool Clusters => Lexicon.ClusterCount > 0;
}
