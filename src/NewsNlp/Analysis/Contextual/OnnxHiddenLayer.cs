using System.Text;

namespace NewsNlp.Analysis.Contextual;

/// <summary>
/// Cuts a BERT-style ONNX model after an intermediate layer and makes the hidden states of the layers asked for
/// its outputs, so ONNX Runtime can return them (a session hands out graph outputs only) and does not run the
/// layers above the deepest (a session runs every node of its graph, whatever outputs a run asks for). Works on
/// the protobuf bytes with <see cref="ProtoReader"/>, reading only what it needs: the graph (ModelProto field 7),
/// its nodes (GraphProto field 1, inputs and outputs in NodeProto fields 1 and 2) and outputs (GraphProto field
/// 12). Layer k's state is the output of the node that adds "encoder.layer.{k-1}.output.LayerNorm.bias" — the
/// layer's last step — so no exporter-made tensor number is hard-coded. The nodes kept are those the outputs
/// depend on, found in one backward pass (ONNX stores nodes in topological order), with the initializers
/// (GraphProto field 5, named in TensorProto field 8) they read — the runtime would warn about each unused one;
/// every other byte is copied as it was. Nodes with subgraphs (If, Loop) are not looked into: BERT encoders have none.
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
        var (cut, outputs) = UpToLayers(model, [layer]);
        return (cut, outputs[0]);
    }

    /// <summary>
    /// The model cut after the deepest of <paramref name="layers"/> (1-based), whose outputs are the hidden states
    /// of those layers, and the output names in the order of <paramref name="layers"/>. Throws
    /// <see cref="InvalidDataException"/> when the model lacks one of them.
    /// </summary>
    public static (byte[] Model, string[] Outputs) UpToLayers(byte[] model, IReadOnlyList<int> layers)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentOutOfRangeException.ThrowIfZero(layers.Count);
        foreach (var layer in layers)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(layer, 1);
        }

        if (layers.Distinct().Count() != layers.Count)
        {
            throw new ArgumentException("Each layer may be asked for once.", nameof(layers));
        }

        var biases = layers.Select(layer => Encoding.UTF8.GetBytes($"encoder.layer.{layer - 1}.output.LayerNorm.bias")).ToArray();

        // The new model is assembled from slices of the old one, copied once into an array of the exact size:
        // the model is ~90 MB, and each needless copy adds to the process's peak memory.
        var pieces = new List<ReadOnlyMemory<byte>>();
        string[]? outputs = null;
        var reader = new ProtoReader(model);
        var fieldStart = 0;
        while (reader.Next(out var field, out var wireType))
        {
            if (field == ModelGraph && wireType == ProtoWireType.Length && outputs == null)
            {
                var length = reader.Bytes().Length;
                (var graph, outputs) = CutGraph(model.AsMemory(reader.Position - length, length), biases);
                var missing = Array.IndexOf(outputs, string.Empty);
                if (missing >= 0)
                {
                    throw new InvalidDataException($"The ONNX model has no hidden layer {layers[missing]}.");
                }

                pieces.Add(Key(ModelGraph, graph.Sum(g => g.Length)));
                pieces.AddRange(graph);
            }
            else
            {
                reader.Skip(wireType);
                pieces.Add(model.AsMemory(fieldStart, Math.Min(reader.Position, model.Length) - fieldStart));
            }

            fieldStart = reader.Position;
        }

        return outputs == null ? throw new InvalidDataException("The ONNX model has no graph.") : (Concatenate(pieces), outputs);
    }

    /// <summary>A node: where its field lies in the graph's bytes, and the tensors it reads and writes.</summary>
    private sealed record Node(int Start, int Length, List<string> Inputs, List<string> Outputs);

    /// <summary>
    /// The graph's bytes, in pieces, without the nodes the layers' states do not need and with those states as its
    /// outputs, and the output names, one per bias (empty where no node adds that bias; the graph is then not cut).
    /// </summary>
    private static (List<ReadOnlyMemory<byte>> Graph, string[] Outputs) CutGraph(ReadOnlyMemory<byte> graph, byte[][] biases)
    {
        var nodes = new List<Node>();
        var outputs = new string[biases.Length];
        Array.Fill(outputs, string.Empty);
        var reader = new ProtoReader(graph.Span);
        var fieldStart = 0;
        while (reader.Next(out var field, out var wireType))
        {
            if (field == GraphNode && wireType == ProtoWireType.Length)
            {
                var (node, bias) = ReadNode(reader.Bytes(), biases);
                nodes.Add(node with { Start = fieldStart, Length = reader.Position - fieldStart });
                if (bias >= 0 && outputs[bias].Length == 0 && node.Outputs.Count > 0)
                {
                    outputs[bias] = node.Outputs[0];
                }
            }
            else
            {
                reader.Skip(wireType);
            }

            fieldStart = reader.Position;
        }

        if (outputs.Any(o => o.Length == 0))
        {
            return ([], outputs);
        }

        // Backwards from the outputs: a node is kept when something kept reads one of its outputs.
        var needed = new HashSet<string>(outputs, StringComparer.Ordinal);
        var kept = new HashSet<int>();
        for (var n = nodes.Count - 1; n >= 0; n--)
        {
            if (nodes[n].Outputs.Any(needed.Contains))
            {
                kept.Add(nodes[n].Start);
                needed.UnionWith(nodes[n].Inputs);
            }
        }

        var result = new List<ReadOnlyMemory<byte>>();
        reader = new ProtoReader(graph.Span);
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
                result.Add(graph[fieldStart..end]);
            }

            fieldStart = reader.Position;
        }

        result.AddRange(outputs.Distinct(StringComparer.Ordinal).Select(output => (ReadOnlyMemory<byte>)Delimited(GraphOutput, ValueInfo(output))));
        return (result, outputs);
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

    /// <summary>A node's inputs and outputs, and which of <paramref name="biases"/> it reads (-1: none).</summary>
    private static (Node Node, int Bias) ReadNode(ReadOnlySpan<byte> bytes, byte[][] biases)
    {
        var node = new Node(0, 0, [], []);
        var bias = -1;
        var reader = new ProtoReader(bytes);
        while (reader.Next(out var field, out var wireType))
        {
            if (wireType != ProtoWireType.Length || field is not (NodeInput or NodeOutput))
            {
                reader.Skip(wireType);
                continue;
            }

            var value = reader.Bytes();
            for (var b = 0; b < biases.Length && field == NodeInput && bias < 0; b++)
            {
                bias = value.SequenceEqual(biases[b]) ? b : -1;
            }

            (field == NodeInput ? node.Inputs : node.Outputs).Add(Encoding.UTF8.GetString(value));
        }

        return (node, bias);
    }

    /// <summary>ValueInfoProto { name, type = TypeProto { tensor_type = { elem_type = FLOAT } } }; the shape is left to ONNX Runtime.</summary>
    private static byte[] ValueInfo(string name)
    {
        byte[] tensorType = [0x08, FloatType];
        return [.. Delimited(1, Encoding.UTF8.GetBytes(name)), .. Delimited(2, Delimited(1, tensorType))];
    }

    private static byte[] Delimited(int field, byte[] value) => [.. Key(field, value.Length), .. value];

    /// <summary>The key and length that open a length-delimited field.</summary>
    private static byte[] Key(int field, int length)
    {
        using var stream = new MemoryStream(12);
        WriteVarint(stream, (field << 3) | (int)ProtoWireType.Length);
        WriteVarint(stream, length);
        return stream.ToArray();
    }

    private static byte[] Concatenate(List<ReadOnlyMemory<byte>> pieces)
    {
        var result = new byte[pieces.Sum(p => p.Length)];
        var at = 0;
        foreach (var piece in pieces)
        {
            piece.Span.CopyTo(result.AsSpan(at));
            at += piece.Length;
        }

        return result;
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
