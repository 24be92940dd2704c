using NewsNlp.Analysis.Tagging;
using NewsNlp.Training;

namespace NewsNlp.Analysis.Entities;

/// <summary>Runs the recogniser over a gold corpus (document by document) and scores exact spans.</summary>
public static class EntityEvaluation
{
    public static SpanScores Evaluate(INameRecognizer recognizer, IEnumerable<EntitySentence> sentences, bool lowercase = false, PosTagger? tagger = null)
    {
        var scores = new SpanScores();
        foreach (var (gold, found) in Recognize(recognizer, sentences, lowercase, tagger))
        {
            scores.Add(
                gold.Entities.Select(e => (e.First, e.End, e.Type)),
                found.Select(f => (f.FirstToken, f.EndToken, f.Type)));
        }

        return scores;
    }

    /// <summary>
    /// The score epochs and weights are chosen by: mean of cased and lower-cased F1 over the dev sets pooled
    /// (GUM news dev alone has 53 names, too few to choose by; a mean of per-corpus F1s let a couple of GUM
    /// names decide).
    /// </summary>
    public static double DevScore(INameRecognizer recognizer, IReadOnlyList<(string Name, IReadOnlyList<EntitySentence> Sentences)> dev, PosTagger? tagger)
    {
        ArgumentNullException.ThrowIfNull(dev);
        var pooled = dev.SelectMany(c => c.Sentences).ToArray();
        return new[] { false, true }.Average(lower => Evaluate(recognizer, pooled, lower, tagger).Overall.F1);
    }

    /// <summary>
    /// Each gold sentence with the names found in it (lower-cased first with <paramref name="lowercase"/>), the
    /// document memory cleared at every new document as the pipeline does. The list is reused: read it
    /// before asking for the next sentence.
    /// </summary>
    public static IEnumerable<(EntitySentence Gold, IReadOnlyList<RecognizedName> Found)> Recognize(INameRecognizer recognizer, IEnumerable<EntitySentence> sentences, bool lowercase = false, PosTagger? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(sentences);
        var found = new List<RecognizedName>();
        var memory = new DocumentMemory();
        string? doc = null;
        foreach (var gold in sentences)
        {
            if (gold.DocId != doc)
            {
                memory.Clear();
                doc = gold.DocId;
            }

            var s = lowercase ? gold.Lowercased() : gold;
            found.Clear();
            recognizer.Recognize(s.Text, CorpusTokens.Of(s, tagger), memory, found);
            yield return (gold, found);
        }
    }
}
