using NewsNlp.Stance;

namespace NewsNlp.Tests.Stance;

public sealed class PortrayalMlpTests
{
    // Two features, three classes that no single straight line separates from the rest (class 1 sits between).
    private static (float[][] Inputs, int[] Classes) Data()
    {
        var inputs = new List<float[]>();
        var classes = new List<int>();
        for (var i = 0; i < 60; i++)
        {
            var x = (i % 30 / 10f) - 1.5f; // -1.5 … 1.4
            inputs.Add([x, (i % 7) / 7f]);
            classes.Add(x < -0.5f ? 0 : x < 0.5f ? 1 : 2);
        }

        return ([.. inputs], [.. classes]);
    }

    [Fact]
    public void SameSeedGivesTheSameModelAndItLearnsTheClasses()
    {
        var (inputs, classes) = Data();
        var a = PortrayalMlp.Train(inputs, classes, 3, hiddenCount: 8, epochs: 600, seed: 3);
        var b = PortrayalMlp.Train(inputs, classes, 3, hiddenCount: 8, epochs: 600, seed: 3);

        Assert.Equal(a.Predict([0f, 0.5f]), b.Predict([0f, 0.5f]));
        Assert.Equal(1f, a.Predict([0f, 0.5f]).Sum(), 4);
        var correct = inputs.Select((x, i) => Array.IndexOf(a.Predict(x), a.Predict(x).Max()) == classes[i]).Count(ok => ok);
        Assert.True(correct >= 50, $"{correct} of 60 training rows right");
    }

    [Fact]
    public void SixteenBitWeightsPredictAlmostAsTheFloatsAndSurviveSavingExactly()
    {
        var (inputs, classes) = Data();
        var exact = PortrayalMlp.Train(inputs, classes, 3, hiddenCount: 8, epochs: 200, seed: 5);
        var quantised = exact.Quantised();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            exact.Write(writer);
        }

        stream.Position = 0;
        var loaded = PortrayalMlp.Read(new BinaryReader(stream));

        Assert.False(exact.IsQuantised);
        Assert.True(loaded.IsQuantised);
        // Three sizes; means, scales and biases (2 + 2 + 8 + 3) and a step per weight row (8 + 3) as floats; weights (8 × 2 + 3 × 8) in two bytes.
        Assert.Equal((3 * sizeof(int)) + (26 * sizeof(float)) + (40 * sizeof(short)), stream.Length);
        foreach (var x in inputs)
        {
            Assert.Equal(quantised.Predict(x), loaded.Predict(x));
            Assert.Equal(exact.Predict(x), quantised.Predict(x), new FloatTolerance(1e-3f));
        }
    }

    [Fact]
    public void AnEpochSnapshotIsTheModelOfARunStoppedThere()
    {
        var (inputs, classes) = Data();
        var snapshots = new Dictionary<int, PortrayalMlp>();
        PortrayalMlp.Train(inputs, classes, 3, hiddenCount: 8, epochs: 5, seed: 7, (epoch, model) => snapshots[epoch] = model);
        var stopped = PortrayalMlp.Train(inputs, classes, 3, hiddenCount: 8, epochs: 3, seed: 7).Quantised();

        Assert.Equal([1, 2, 3, 4, 5], snapshots.Keys.Order());
        Assert.Equal(stopped.Predict(inputs[0]), snapshots[3].Predict(inputs[0]));
        Assert.NotEqual(snapshots[3].Predict(inputs[0]), snapshots[5].Predict(inputs[0]));
    }

    [Fact]
    public void MixingWeighsTheTwoModelsLogProbabilities()
    {
        float[] linear = [0.7f, 0.2f, 0.1f];
        float[] mlp = [0.1f, 0.2f, 0.7f];

        Assert.Equal(linear, PortrayalModel.Mix(linear, mlp, 0f), new FloatTolerance(1e-5f));
        var even = PortrayalModel.Mix(linear, mlp, 0.5f);
        Assert.Equal(even[0], even[2], 5); // symmetric inputs, even mixture
        Assert.Equal(1f, even.Sum(), 5);
    }

    [Fact]
    public void EmptyOrMismatchedTrainingDataIsAClearError()
    {
        Assert.Throws<InvalidTrainingDataException>(() => PortrayalMlp.Train([], [], 3, 4, 1, 1));
        Assert.Throws<InvalidTrainingDataException>(() => PortrayalMlp.Train([[1f]], [0, 1], 3, 4, 1, 1));
    }

    private sealed class FloatTolerance(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => MathF.Abs(x - y) <= tolerance;

        public int GetHashCode(float obj) => 0;
    }
}
