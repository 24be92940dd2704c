using Microsoft.ML.OnnxRuntime;
using NewsNlp.Analysis.Contextual;

namespace NewsNlp.Tests.Analysis.Contextual;

public class OnnxHiddenLayerTests
{
    // Protobuf by hand: key = field << 3 | wire type; keys and values below 128 are one byte, lengths up to 16,383 two at most.
    private static byte[] Field(int field, byte[] body) =>
        body.Length < 128
            ? [(byte)((field << 3) | 2), (byte)body.Length, .. body]
            : [(byte)((field << 3) | 2), (byte)(body.Length | 0x80), (byte)(body.Length >> 7), .. body];

    private static byte[] Varint(int field, int value) => [(byte)(field << 3), (byte)value];

    private static byte[] Text(int field, string text) => Field(field, System.Text.Encoding.UTF8.GetBytes(text));

    private static byte[] Node(string op, string output, params string[] inputs) =>
        [.. inputs.SelectMany(i => Text(1, i)), .. Text(2, output), .. Text(4, op)];

    // TensorProto: dims 2, float, name, raw little-endian values.
    private static byte[] Bias(string name, float a, float b) =>
        [.. Varint(1, 2), .. Varint(2, 1), .. Text(8, name), .. Field(9, [.. BitConverter.GetBytes(a), .. BitConverter.GetBytes(b)])];

    // ValueInfoProto of a float tensor of shape [2].
    private static byte[] FloatVector(string name) =>
        [.. Text(1, name), .. Field(2, Field(1, [.. Varint(1, 1), .. Field(2, Field(1, Varint(1, 2)))]))];

    /// <summary>A two-"layer" model: h = x + bias0 (layer 1), last_hidden_state = h + bias1 (layer 2); only the last is an output.</summary>
    private static byte[] TwoLayerModel()
    {
        byte[] graph =
        [
            .. Field(1, Node("Add", "h", "x", "encoder.layer.0.output.LayerNorm.bias")),
            .. Field(1, Node("Add", "last_hidden_state", "h", "encoder.layer.1.output.LayerNorm.bias")),
            .. Text(2, "g"),
            .. Field(5, Bias("encoder.layer.0.output.LayerNorm.bias", 1, 2)),
            .. Field(5, Bias("encoder.layer.1.output.LayerNorm.bias", 10, 20)),
            .. Field(11, FloatVector("x")),
            .. Field(12, FloatVector("last_hidden_state")),
        ];
        return [.. Varint(1, 8), .. Text(2, "test"), .. Field(7, graph), .. Field(8, Varint(2, 13))];
    }

    private static float[] Run(byte[] model, string output)
    {
        using var session = new InferenceSession(model);
        using var input = OrtValue.CreateTensorValueFromMemory(new float[] { 3, 4 }, [2]);
        using var runOptions = new RunOptions();
        using var results = session.Run(runOptions, ["x"], [input], [output]);
        return results[0].GetTensorDataAsSpan<float>().ToArray();
    }

    [Fact]
    public void The_model_cut_after_the_first_layer_returns_its_state_and_runs_no_later_layer()
    {
        var model = TwoLayerModel();

        var (cut, name) = OnnxHiddenLayer.UpToLayer(model, 1);
        var (whole, last) = OnnxHiddenLayer.UpToLayer(model, 2);

        Assert.Equal("h", name);
        Assert.Equal([4f, 6f], Run(cut, name));
        Assert.Throws<OnnxRuntimeException>(() => Run(model, "h"));
        Assert.Throws<OnnxRuntimeException>(() => Run(cut, "last_hidden_state"));
        Assert.Equal("last_hidden_state", last);
        Assert.Equal([14f, 26f], Run(whole, last));
        Assert.True(cut.Length < model.Length);
    }

    [Fact]
    public void A_model_cut_for_two_layers_returns_both_states_from_one_run()
    {
        var (both, names) = OnnxHiddenLayer.UpToLayers(TwoLayerModel(), [1, 2]);

        Assert.Equal(["h", "last_hidden_state"], names);
        Assert.Equal([4f, 6f], Run(both, "h"));
        Assert.Equal([14f, 26f], Run(both, "last_hidden_state"));
        Assert.Throws<ArgumentException>(() => OnnxHiddenLayer.UpToLayers(TwoLayerModel(), [1, 1]));
    }

    [Fact]
    public void A_missing_layer_or_bytes_that_are_no_model_are_refused()
    {
        Assert.Throws<InvalidDataException>(() => OnnxHiddenLayer.UpToLayer(TwoLayerModel(), 3));
        Assert.Throws<InvalidDataException>(() => OnnxHiddenLayer.UpToLayer("no model here"u8.ToArray(), 1));
        Assert.Throws<InvalidDataException>(() => OnnxHiddenLayer.UpToLayer([], 1));
        Assert.Throws<InvalidDataException>(() => OnnxHiddenLayer.UpToLayers(TwoLayerModel(), [2, 3]));
    }
}
