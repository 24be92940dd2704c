using NewsNlp.Analysis.Entities;
using NewsNlp.Training;

namespace NewsNlp.Tests.Analysis.Entities;

public class NerWordCacheTests
{
    // A loaded (quantised) fixture model, the only kind the recogniser memoises word sums for.
    private static EntityRecognizer Loaded()
    {
        using var stream = new MemoryStream();
        EntityFixture.Train(seed: 1).Save(stream);
        stream.Position = 0;
        return EntityRecognizer.Load(stream);
    }

    private static (int[] Labels, float[] Confidences) Decode(EntityRecognizer model, EntitySentence s, NerWordCache? cache, NerContextRows? context = null, NerLabelSums? labelSums = null)
    {
        var scorer = new EntityRecognizer.ModelScorer(model.Model, 1f / model.Temperature, cache, labelSums, context);
        var labels = new int[s.Words.Count];
        var confidences = new float[s.Words.Count];
        ViterbiDecoder.Decode(ref scorer, model.Labels.Count, model.Sources, s.Text, s.Tokens.ToArray(), null, labels, confidences);
        return (labels, confidences);
    }

    [Fact]
    public void Memoised_word_sums_give_exactly_the_labels_and_confidences_of_scoring_every_feature()
    {
        var model = Loaded();
        var cache = new NerWordCache(model.Model);
        var sentences = EntityFixture.Corpus()
            .Concat(EntityFixture.Corpus().Select(s => new EntitySentence(s.DocId, s.Words.Select(w => w.ToLowerInvariant()).ToArray(), [])))
            .Append(new EntitySentence("long", ["Supercalifragilisticexpialidocious-Incorporated", "hired", "Obama", "."], []))
            .ToArray();

        // Twice over, so the second round reads the sums the first one memoised (and lower-cased copies share forms in another casing).
        foreach (var s in sentences.Concat(sentences))
        {
            var expected = Decode(model, s, cache: null);
            var actual = Decode(model, s, cache);
            Assert.Equal(expected.Labels, actual.Labels);
            Assert.Equal(expected.Confidences, actual.Confidences);
        }
    }

    [Fact]
    public void Context_rows_looked_up_per_sentence_give_exactly_the_labels_and_confidences_of_scoring_every_feature()
    {
        var model = Loaded();
        var cache = new NerWordCache(model.Model);
        var context = new NerContextRows(model.Model);
        var longSentence = Enumerable.Range(0, 300).Select(i => i % 7 == 0 ? "Obama" : "visited").Append(".").ToArray();
        var sentences = EntityFixture.Corpus()
            .Concat(EntityFixture.Corpus().Select(s => new EntitySentence(s.DocId, s.Words.Select(w => w.ToLowerInvariant()).ToArray(), [])))
            .Append(new EntitySentence("long", longSentence, []))
            .ToArray();
        var labelSums = NerLabelSums.Build(model.Model, model.Types.Count);
        foreach (var s in sentences)
        {
            var expected = Decode(model, s, cache: null);
            var actual = Decode(model, s, cache, context);
            Assert.Equal(expected.Labels, actual.Labels);
            Assert.Equal(expected.Confidences, actual.Confidences);

            // With the label sums too, the outside history's word-history rows come from the context rows.
            var together = Decode(model, s, cache, context, labelSums);
            Assert.Equal(expected.Labels, together.Labels);
            Assert.Equal(expected.Confidences, together.Confidences);
        }

        // Rows looked up for one sentence are never used for another.
        var first = sentences[0];
        var tokens = first.Tokens.ToArray();
        using (var view = new SentenceView(first.Text, tokens, model.Sources))
        {
            context.Prepare(view, first.Text, tokens);
        }

        var other = sentences[1];
        Assert.False(context.TryAdd(other.Text, other.Tokens.ToArray(), 0, new int[model.Labels.Count]));
        Assert.False(context.TryAddHistory(other.Tokens.ToArray(), 0, -1, new int[model.Labels.Count]));

        // History rows are there for exactly the tokens with context rows, and only for the outside history.
        var sums = new int[model.Labels.Count];
        for (var j = 0; j < tokens.Length; j++)
        {
            Assert.Equal(context.TryAdd(first.Text, tokens, j, sums), context.TryAddHistory(tokens, j, j == 0 ? -1 : 0, sums));
            Assert.False(context.TryAddHistory(tokens, j, 1, sums));
        }
    }
}
