using System.Buffers.Binary;
using NewsNlp.Analysis.Contextual;

namespace NewsNlp.Analysis.Clusters;

/// <summary>
/// Reads one float matrix stored as an initializer (a constant weight tensor) of an ONNX model, walking the
/// protobuf encoding by hand: ModelProto field 7 is the graph, GraphProto field 5 its initializers, and a
/// TensorProto has its dims in field 1, its element type in field 2, its name in field 8 and its values in
/// field 9 (raw little-endian bytes) or field 4 (packed floats). Only what finding one float32 matrix needs
/// is read; everything else is skipped by its wire type. The whole model is in memory (a byte array).
/// </summary>
public static class OnnxInitializers
{
    private const int FloatType = 1;

    /// <summary>
    /// The first float32 initializer whose shape is [rows, <paramref name="columns"/>] with at least
    /// <paramref name="minRows"/> rows, as a row-major array; null when the model has none.
    /// </summary>
    public static FloatMatrix? FindMatrix(ReadOnlySpan<byte> model, int minRows, int columns) =>
        FirstIn(model, 7, graph => FirstIn(graph, 5, tensor => ReadTensor(tensor, minRows, columns)));

    /// <summary>What <paramref name="read"/> makes of the first message in field <paramref name="field"/> it accepts.</summary>
    private static FloatMatrix? FirstIn(ReadOnlySpan<byte> message, int field, Func<ReadOnlySpan<byte>, FloatMatrix?> read)
    {
        var reader = new ProtoReader(message);
        while (reader.Next(out var number, out var wireType))
        {
            if (number == field && wireType == ProtoWireType.Length)
            {
                var found = read(reader.Bytes());
                if (found != null)
                {
                    return found;
                }
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return null;
    }

    private static FloatMatrix? ReadTensor(ReadOnlySpan<byte> tensor, int minRows, int columns)
    {
        var dims = new List<long>();
        var type = 0L;
        var name = string.Empty;
        ReadOnlySpan<byte> values = default;
        var reader = new ProtoReader(tensor);
        while (reader.Next(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (1, ProtoWireType.Varint):
                    dims.Add(reader.Varint());
                    break;
                case (1, ProtoWireType.Length):
                    var packed = new ProtoReader(reader.Bytes());
                    while (!packed.AtEnd)
                    {
                        dims.Add(packed.Varint());
                    }

                    break;
                case (2, ProtoWireType.Varint):
                    type = reader.Varint();
                    break;
                case (8, ProtoWireType.Length):
                    name = System.Text.Encoding.UTF8.GetString(reader.Bytes());
                    break;
                case (4 or 9, ProtoWireType.Length):
                    values = reader.Bytes();
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        if (type != FloatType || dims.Count != 2 || dims[1] != columns || dims[0] < minRows || dims[0] > int.MaxValue / columns
            || values.Length != dims[0] * columns * sizeof(float))
        {
            return null;
        }

        var data = new float[dims[0] * columns];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = BinaryPrimitives.ReadSingleLittleEndian(values[(i * sizeof(float))..]);
        }

        return new FloatMatrix(name, (int)dims[0], columns, data);
    }
}

/// <summary>A named row-major float matrix.</summary>
public sealed record FloatMatrix(string Name, int Rows, int Columns, float[] Data)
{
    public ReadOnlySpan<float> Row(int row) => Data.AsSpan(row * Columns, Columns);
}
