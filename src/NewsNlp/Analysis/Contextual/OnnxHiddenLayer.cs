using System.Text;

namespace NewsNlp.Analysis.Contextual;

/// <summary>
/// Cuts a BERT-style ONNX model after an intermediate layer and makes that layer's hidden state its only
/// output, so ONNX Runtime can return it (a session hands out graph outputs only) and does not run the
/// layers above it (a session runs every node of its graph). Works on the protobuf bytes with
/// <see cref="ProtoReader"/>, reading only what it needs: the graph (ModelProto field 7), its nodes (GraphProto
/// field 1, inputs and outputs in NodeProto fields 1 and 2) and outputs (GraphProto field 12). Layer k's state
/// is the output of the node that adds "encoder.layer.{k-1}.output.LayerNorm.bias" — the layer's last step —
/// so no exporter-made tensor number is hard-coded. The nodes kept are those that output depends on, found in
/// one backward pass (ONNX stores nodes in topological order), with the initializers (GraphProto field 5,
/// named in TensorProto field 8) they read — the runtime would warn about each unused one; every other byte
/// is copied as it was. Nodes with subgraphs (If, Loop) are not looked into: BERT encoders have none.
/// </summary>
public static class OnnxHiddenLayer
{
    private const int ModelGraph = 7;
    private const int GraphNode = 1;
    private const int GraphInitializer = 5;
    private const int TensorName = 8;
    private const int GraphOutput = 12;
    private const int NodeInput = 1;
    private const int NodeOutput = 2;
    private const int FloatType = 1;

    /// <summary>
    /// The model cut after layer <paramref name="layer"/> (1-based), whose hidden state is its only output, and
    /// that output's name. Throws <see cref="InvalidDataException"/> when the model has no such layer.
    /// </summary>
    public static (byte[] Model, string Output) UpToLayer(byte[] model, int layer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(layer, 1);
        var bias = Encoding.UTF8.GetBytes($"encoder.layer.{layer - 1}.output.LayerNorm.bias");
        var result = new MemoryStream(model.Length);
        string? output = null;
        var reader = new ProtoReader(model);
        var fieldStart = 0;
        while (reader.Next(out var field, out var wireType))
        {
            if (field == ModelGraph && wireType == ProtoWireType.Length && output == null)
            {
                (var graph, output) = CutGraph(reader.Bytes(), bias) ?? throw new InvalidDataException($"The ONNX model has no hidden layer {layer}.");
                WriteVarint(result, (ModelGraph << 3) | (int)ProtoWireType.Length);
                WriteVarint(result, graph.Length);
                result.Write(graph);
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

    /// <summary>A node: where its field lies in the graph's bytes, and the tensors it reads and writes.</summary>
    private sealed record Node(int Start, int Length, List<string> Inputs, List<string> Outputs);

    /// <summary>The graph's bytes without the nodes the layer's state does not need and with that state as its only output; null when no node adds <paramref name="bias"/>.</summary>
    private static (byte[] Graph, string Output)? CutGraph(ReadOnlySpan<byte> graph, ReadOnlySpan<byte> bias)
    {
        var nodes = new List<Node>();
        string? output = null;
        var reader = new ProtoReader(graph);
        var fieldStart = 0;
        while (reader.Next(out var field, out var wireType))
        {
            if (field == GraphNode && wireType == ProtoWireType.Length)
            {
                var (node, addsBias) = ReadNode(reader.Bytes(), bias);
                nodes.Add(node with { Start = fieldStart, Length = reader.Position - fieldStart });
                output ??= addsBias && node.Outputs.Count > 0 ? node.Outputs[0] : null;
            }
            else
            {
                reader.Skip(wireType);
            }

            fieldStart = reader.Position;
        }

        if (output == null)
        {
            return null;
        }

        // Backwards from the output: a node is kept when something kept reads one of its outputs.
        var needed = new HashSet<string>(StringComparer.Ordinal) { output };
        var kept = new HashSet<int>();
        for (var n = nodes.Count - 1; n >= 0; n--)
        {
            if (nodes[n].Outputs.Any(needed.Contains))
            {
                kept.Add(nodes[n].Start);
                needed.UnionWith(nodes[n].Inputs);
            }
        }

        var result = new MemoryStream(graph.Length);
        reader = new ProtoReader(graph);
        fieldStart = 0;
        while (reader.Next(out var field, out var wireType))
        {
            var drop = field == GraphOutput;
            if (field == GraphInitializer && wireType == ProtoWireType.Length)
            {
                drop = !needed.Contains(TensorNameOf(reader.Bytes()));
            }
            else
            {
                reader.Skip(wireType);
                drop |= field == GraphNode && !kept.Contains(fieldStart);
            }

            var end = Math.Min(reader.Position, graph.Length);
            if (!drop)
            {
                result.Write(graph[fieldStart..end]);
            }

            fieldStart = reader.Position;
        }

        result.Write(Delimited(GraphOutput, ValueInfo(output)));
        return (result.ToArray(), output);
    }

    private static string TensorNameOf(ReadOnlySpan<byte> tensor)
    {
        var reader = new ProtoReader(tensor);
        while (reader.Next(out var field, out var wireType))
        {
            if (field == TensorName && wireType == ProtoWireType.Length)
            {
                return Encoding.UTF8.GetString(reader.Bytes());
            }

            reader.Skip(wireType);
        }

        return string.Empty;
    }

    /// <summary>A node's inputs and outputs, and whether it reads <paramref name="bias"/>.</summary>
    private static (Node Node, bool AddsBias) ReadNode(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> bias)
    {
        var node = new Node(0, 0, [], []);
        var addsBias = false;
        var reader = new ProtoReader(bytes);
        while (reader.Next(out var field, out var wireType))
        {
            if (wireType != ProtoWireType.Length || field is not (NodeInput or NodeOutput))
            {
                reader.Skip(wireType);
                continue;
            }

            var value = reader.Bytes();
            addsBias |= field == NodeInput && value.SequenceEqual(bias);
            (field == NodeInput ? node.Inputs : node.Outputs).Add(Encoding.UTF8.GetString(value));
        }

        return (node, addsBias);
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
