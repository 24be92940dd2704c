using NewsNlp.Analysis.Entities;
using NewsNlp.Training;

namespace NewsNlp.Tests.Analysis.Entities;

public class NerLabelSumsTests
{
    // A loaded (quantised) fixture model, the only kind whose label-only sums are made at load.
    private static EntityRecognizer Loaded()
    {
        using var stream = new MemoryStream();
        EntityFixture.Train(seed: 1).Save(stream);
        stream.Position = 0;
        return EntityRecognizer.Load(stream);
    }

    private static (int[] Labels, float[] Confidences) Decode(EntityRecognizer model, EntitySentence s, DocumentMemory memory, NerLabelSums? labelSums)
    {
        var scorer = new EntityRecognizer.ModelScorer(model.Model, 1f / model.Temperature, labelSums: labelSums);
        var labels = new int[s.Words.Count];
        var confidences = new float[s.Words.Count];
        ViterbiDecoder.Decode(ref scorer, model.Labels.Count, model.Sources, s.Text, s.Tokens.ToArray(), memory, labels, confidences);
        return (labels, confidences);
    }

    [Fact]
    public void Summed_label_rows_give_exactly_the_labels_and_confidences_of_scoring_every_history_feature()
    {
        var model = Loaded();
        var labelSums = NerLabelSums.Build(model.Model, model.Types.Count);

        // One document memory per way of scoring, fed the same sentences in order, so later sentences also
        // read document labels (the words of names found earlier).
        var plainMemory = new DocumentMemory();
        var summedMemory = new DocumentMemory();
        var sentences = EntityFixture.Corpus().Concat(EntityFixture.Corpus()).ToArray();
        var names = 0;
        foreach (var s in sentences)
        {
            var expected = Decode(model, s, plainMemory, labelSums: null);
            var actual = Decode(model, s, summedMemory, labelSums);
            Assert.Equal(expected.Labels, actual.Labels);
            Assert.Equal(expected.Confidences, actual.Confidences);
            names += expected.Labels.Count(l => l != 0);
        }

        Assert.True(names > 0, "the fixture model should find names, so the label rows of names are exercised");
    }
}
