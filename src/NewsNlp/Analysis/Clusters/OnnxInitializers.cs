using System.Buffers.Binary;

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
            if (number == field && wireType == WireType.Length)
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
                case (1, WireType.Varint):
                    dims.Add(reader.Varint());
                    break;
                case (1, WireType.Length):
                    var packed = new ProtoReader(reader.Bytes());
                    while (!packed.AtEnd)
                    {
                        dims.Add(packed.Varint());
                    }

                    break;
                case (2, WireType.Varint):
                    type = reader.Varint();
                    break;
                case (8, WireType.Length):
                    name = System.Text.Encoding.UTF8.GetString(reader.Bytes());
                    break;
                case (4 or 9, WireType.Length):
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

    private enum WireType
    {
        Varint = 0,
        Fixed64 = 1,
        Length = 2,
        Fixed32 = 5,
    }

    /// <summary>A forward-only reader of protobuf fields over a byte span; malformed input ends the walk.</summary>
    private ref struct ProtoReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public readonly bool AtEnd => _position >= _data.Length;

        public bool Next(out int field, out WireType wireType)
        {
            field = 0;
            wireType = WireType.Varint;
            if (AtEnd)
            {
                return false;
            }

            var key = Varint();
            field = (int)(key >> 3);
            wireType = (WireType)(key & 7);
            return field > 0 && !AtEnd;
        }

        public long Varint()
        {
            ulong value = 0;
            for (var shift = 0; shift < 64 && _position < _data.Length; shift += 7)
            {
                var b = _data[_position++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return (long)value;
                }
            }

            _position = _data.Length;
            return 0;
        }

        public ReadOnlySpan<byte> Bytes()
        {
            var length = Varint();
            if (length < 0 || length > _data.Length - _position)
            {
                _position = _data.Length;
                return default;
            }

            var bytes = _data.Slice(_position, (int)length);
            _position += (int)length;
            return bytes;
        }

        public void Skip(WireType wireType)
        {
            switch (wireType)
            {
                case WireType.Varint:
                    Varint();
                    break;
                case WireType.Fixed64:
                    _position += 8;
                    break;
                case WireType.Length:
                    Bytes();
                    break;
                case WireType.Fixed32:
                    _position += 4;
                    break;
                default:
                    // Groups (3, 4) are not used by ONNX; anything else means the bytes are not a model.
                    _position = _data.Length;
                    break;
            }
        }
    }
}

/// <summary>A named row-major float matrix.</summary>
public sealed record FloatMatrix(string Name, int Rows, int Columns, float[] Data)
{
    public ReadOnlySpan<float> Row(int row) => Data.AsSpan(row * Columns, Columns);
}
