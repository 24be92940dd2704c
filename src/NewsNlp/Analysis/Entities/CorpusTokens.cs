using NewsNlp.Analysis.Tagging;
using NewsNlp.Documents;
using NewsNlp.Training;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// A corpus sentence's tokens as the pipeline hands them to the recogniser: tagged by the part-of-speech
/// tagger first (the pipeline runs it before NER), so training, evaluation and recognition see the same
/// part-of-speech features, tagger mistakes included.
/// </summary>
public static class CorpusTokens
{
    /// <summary>The sentence's tokens, tagged by <paramref name="tagger"/> when there is one (else untagged, <see cref="Upos.X"/>).</summary>
    public static Token[] Of(EntitySentence sentence, PosTagger? tagger)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = sentence.Tokens.ToArray();
        tagger?.Tag(sentence.Text, tokens);
        return tokens;
    }
}
