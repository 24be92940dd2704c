using System.Text;

namespace NewsNlp.Analysis.Contextual;

/// <summary>
/// Makes an intermediate hidden state of a BERT-style ONNX model a graph output, so ONNX Runtime can return
/// it (a session hands out graph outputs only). Works on the protobuf bytes with <see cref="ProtoReader"/>,
/// reading only what it needs: the graph (ModelProto field 7) and its nodes (GraphProto field 1, inputs and
/// outputs in NodeProto fields 1 and 2); it appends one output (GraphProto field 12: a ValueInfoProto with
/// the tensor's name and a float tensor type) and copies every other byte as it was. Layer k's state is the
/// output of the node that adds "encoder.layer.{k-1}.output.LayerNorm.bias" — the layer's last step — so
/// no exporter-made tensor number is hard-coded.
/// </summary>
public static class OnnxHiddenLayer
{
    private const int ModelGraph = 7;
    private const int GraphNode = 1;
    private const int GraphOutput = 12;
    private const int NodeInput = 1;
    private const int NodeOutput = 2;
    private const int FloatType = 1;

    /// <summary>
    /// The model with layer <paramref name="layer"/>'s hidden state (1-based) added as a graph output, and that
    /// output's name. Throws <see cref="InvalidDataException"/> when the model has no such layer.
    /// </summary>
    public static (byte[] Model, string Output) WithLayerOutput(byte[] model, int layer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(layer, 1);
        var bias = Encoding.UTF8.GetBytes($"encoder.layer.{layer - 1}.output.LayerNorm.bias");
        var result = new MemoryStream(model.Length + 64);
        string? output = null;
        var reader = new ProtoReader(model);
        var fieldStart = 0;
        while (reader.Next(out var field, out var wireType))
        {
            if (field == ModelGraph && wireType == ProtoWireType.Length && output == null)
            {
                var graph = reader.Bytes();
                output = LayerOutputName(graph, bias) ?? throw new InvalidDataException($"The ONNX model has no hidden layer {layer}.");
                var extra = Delimited(GraphOutput, ValueInfo(output));
                WriteVarint(result, (ModelGraph << 3) | (int)ProtoWireType.Length);
                WriteVarint(result, graph.Length + extra.Length);
                result.Write(graph);
                result.Write(extra);
            }
            else
            {
                reader.Skip(wireType);
                result.Write(model, fieldStart, Math.Min(reader.Position, model.Length) - fieldStart);
            }

            fieldStart = reader.Position;
        }

        return output == null ? throw new InvalidDataException("The ONNX model has no graph.") : (result.ToArray(), output);
    }

    /// <summary>The first output of the first node that takes <paramref name="input"/> among its inputs, or null.</summary>
    private static string? LayerOutputName(ReadOnlySpan<byte> graph, ReadOnlySpan<byte> input)
    {
        var reader = new ProtoReader(graph);
        while (reader.Next(out var field, out var wireType))
        {
            if (field != GraphNode || wireType != ProtoWireType.Length)
            {
                reader.Skip(wireType);
                continue;
            }

            var node = new ProtoReader(reader.Bytes());
            var takesInput = false;
            string? firstOutput = null;
            while (node.Next(out var nodeField, out var nodeWireType))
            {
                if (nodeWireType != ProtoWireType.Length || nodeField is not (NodeInput or NodeOutput))
                {
                    node.Skip(nodeWireType);
                    continue;
                }

                var value = node.Bytes();
                takesInput |= nodeField == NodeInput && value.SequenceEqual(input);
                firstOutput ??= nodeField == NodeOutput ? Encoding.UTF8.GetString(value) : null;
            }

            if (takesInput)
            {
                return firstOutput;
            }
        }

        return null;
    }

    /// <summary>ValueInfoProto { name, type = TypeProto { tensor_type = { elem_type = FLOAT } } }; the shape is left to ONNX Runtime.</summary>
    private static byte[] ValueInfo(string name)
    {
        byte[] tensorType = [0x08, FloatType];
        return [.. Delimited(1, Encoding.UTF8.GetBytes(name)), .. Delimited(2, Delimited(1, tensorType))];
    }

    private static byte[] Delimited(int field, byte[] value)
    {
        using var stream = new MemoryStream(value.Length + 6);
        WriteVarint(stream, (field << 3) | (int)ProtoWireType.Length);
        WriteVarint(stream, value.Length);
        stream.Write(value);
        return stream.ToArray();
    }

    private static void WriteVarint(Stream stream, int value)
    {
        var bits = (uint)value;
        while (bits >= 0x80)
        {
            stream.WriteByte((byte)(bits | 0x80));
            bits >>= 7;
        }

        stream.WriteByte((byte)bits);
    }
}
