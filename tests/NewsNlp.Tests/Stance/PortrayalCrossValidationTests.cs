using NewsNlp.Stance;
using NewsNlp.Stance.Corpora;

namespace NewsNlp.Tests.Stance;

public sealed class PortrayalCrossValidationTests
{
    private static readonly string[] Names = ["Rubio", "Smith", "Jones", "Okafor"];

    // Twelve documents of three sentences, one per class, whose wording the cue lexicon reads.
    private static readonly PortrayalExample[] Examples = [.. Enumerable.Range(0, 12).SelectMany(Document)];

    private static IEnumerable<PortrayalExample> Document(int d)
    {
        var name = Names[d % Names.Length];
        var document = $"allsides_{d}";
        (string Sentence, string Label)[] sentences =
        [
            ($"{name} was brilliant and honest in the talks.", StanceLabels.Positive),
            ($"{name} arrived in the capital on day {d}.", StanceLabels.Neutral),
            ($"{name} was called a corrupt liar by rivals.", StanceLabels.Negative),
        ];
        return sentences.Select(s => new PortrayalExample(s.Sentence, 0, name.Length, s.Label, document));
    }

    private static readonly PortrayalTrainingOptions Options = new(Seed: 3, L2: 0.1f, MlpCount: 2, MlpHidden: 4, MlpEpochs: 2);

    private static PortrayalCrossValidation Run()
    {
        var featurizer = new PortrayalFeaturizer(ModelMode.Fast, null, PortrayalCuesTests.Lexicon);
        return PortrayalCrossValidation.Run(PortrayalTraining.LabelledRows(Examples, featurizer), [.. Examples.Select(e => e.Document)], featurizer.LinearDenseCount, folds: 3, Options, epochCandidates: [2, 3]);
    }

    [Theory]
    [InlineData("allsides_2001_512_0_Jane Doe_3_11", "allsides_512")] // the story: its outlets' articles stay together
    [InlineData("polusa_v1_900000001_-1_4_the mayor_10_19", "polusa_900000001")] // the article
    [InlineData("no-underscores", "")]
    [InlineData(null, "")]
    public void DocumentIsTheStoryOrArticleOfTheRecordId(string? id, string expected) =>
        Assert.Equal(expected, NewsMtscReader.DocumentOf(id));

    [Fact]
    public void FoldsKeepEachGroupWholeAndDependOnlyOnTheGroup()
    {
        string[] groups = ["a", "b", "a", "c", "b", "a"];

        var folds = GroupFolds.Assign(groups, 3);

        Assert.All(folds, f => Assert.InRange(f, 0, 2));
        Assert.Equal(folds[0], folds[2]);
        Assert.Equal(folds[0], folds[5]);
        Assert.Equal(folds[1], folds[4]);
        Assert.Equal(new[] { folds[3], folds[0] }, GroupFolds.Assign(["c", "a"], 3));
    }

    [Fact]
    public void EveryRowIsPredictedByModelsTrainedWithoutItsDocumentAndRunsRepeat()
    {
        var first = Run();
        var second = Run();

        Assert.Equal(Examples.Length, first.Linear.Count);
        Assert.All(first.Linear, p => Assert.Equal(1f, p.Sum(), 4));
        Assert.Equal([2, 3], first.Perceptrons.Keys.Order());
        Assert.All(first.Perceptrons[3], bySeed => Assert.All(bySeed, p => Assert.Equal(1f, p.Sum(), 4)));
        foreach (var document in Examples.GroupBy(e => e.Document))
        {
            Assert.Single(document.Select(e => first.FoldOf[Array.IndexOf(Examples, e)]).Distinct());
        }

        Assert.Equal(first.Linear, second.Linear);
        Assert.Equal(first.Perceptrons[2], second.Perceptrons[2]);
    }

    [Fact]
    public void SelectionReportsTheMeanFoldScoreOfItsChoice()
    {
        var cv = Run();

        var choice = PortrayalModelSelection.Choose(cv, [0f, 0.5f], [PortrayalBias.Positive, PortrayalBias.All]);

        var probabilities = choice.MlpCount == 0 ? [.. cv.Linear] : cv.Mixture(choice.Epochs, choice.MlpCount, choice.MlpWeight);
        Assert.Equal(cv.MeanMacroF1(probabilities), choice.MeanMacroF1, 9);
        Assert.Equal(choice.Bias == PortrayalBias.None, choice.Offsets.All(o => o == 0f));
    }

    [Fact]
    public void AScoreOnlyCountsTheOffsetsTunedOnTheOtherFolds()
    {
        var cv = Run();
        var seen = new List<int>();

        cv.MeanMacroF1(cv.Linear, (probabilities, gold) =>
        {
            seen.Add(gold.Count);
            return new float[cv.Labels.Count];
        });

        var sizes = Enumerable.Range(0, cv.Folds).Select(f => cv.FoldOf.Count(x => x == f)).Where(n => n > 0);
        Assert.Equal(sizes.Select(n => Examples.Length - n), seen);
    }
}
