using NewsNlp.Documents;
using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

/// <summary>The pipeline's buffer-based scoring gives exactly what the batch paths over rows give.</summary>
public sealed class RowAtATimeScoringTests
{
    private const string Text = "We welcome the guarantees. Officials met on Monday. They reject the plan, said Smith. Smith praised the brilliant deal.";

    [Fact]
    public void StatementsScoredInPlaceEqualTheBatchOfPairsBitForBit()
    {
        var model = StanceFixtures.Model();
        var spans = Sentences().ToArray();
        var statements = spans.Select(s => new Statement(0, s, StatementSource.DirectQuote, -1, 1.0)).ToList();
        var inPlace = new StanceProbabilities[statements.Count];

        model.PredictNews(StanceFixtures.Topic, Text, statements, inPlace);
        // Twice: the thread's buffers hold the previous statement's columns when the next is written.
        model.PredictNews(StanceFixtures.Topic, Text, statements, inPlace);

        Assert.Equal(model.Predict(spans.Select(s => (StanceFixtures.Topic, s.Of(Text).ToString())).ToArray()), inPlace);
    }

    [Fact]
    public void PortrayalMeanInPlaceEqualsTheMeanOfTheBatch()
    {
        var model = PortrayalTests.Train(seed: 3);
        var smith = Text.IndexOf("Smith", StringComparison.Ordinal);
        var last = Text.LastIndexOf("Smith", StringComparison.Ordinal);
        var spans = Sentences().ToArray();
        (TextSpan Sentence, TextSpan Target)[] sentences = [(spans[2], new TextSpan(smith, smith + 5)), (spans[3], new TextSpan(last, last + 5))];

        var mean = model.PredictMean(Text, sentences);

        var batch = model.Predict(sentences.Select(x => (x.Sentence.Of(Text).ToString(), x.Target.Start - x.Sentence.Start, x.Target.End - x.Sentence.Start)).ToArray());
        Assert.Equal((batch.Average(p => p.Positive), batch.Average(p => p.Neutral), batch.Average(p => p.Negative)), mean);
    }

    private static IEnumerable<TextSpan> Sentences()
    {
        for (var start = 0; start < Text.Length;)
        {
            var end = Text.IndexOf('.', start) + 1;
            yield return new TextSpan(start, end);
            start = end + 1;
        }
    }
}
