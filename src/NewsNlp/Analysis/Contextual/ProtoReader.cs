namespace NewsNlp.Analysis.Contextual;

/// <summary>The protobuf wire types ONNX files use.</summary>
internal enum ProtoWireType
{
    Varint = 0,
    Fixed64 = 1,
    Length = 2,
    Fixed32 = 5,
}

/// <summary>A forward-only reader of protobuf fields over a byte span; malformed input ends the walk.</summary>
internal ref struct ProtoReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public readonly bool AtEnd => _position >= _data.Length;

    /// <summary>Bytes read so far: where the next field's key starts.</summary>
    public readonly int Position => _position;

    public bool Next(out int field, out ProtoWireType wireType)
    {
        field = 0;
        wireType = ProtoWireType.Varint;
        if (AtEnd)
        {
            return false;
        }

        var key = Varint();
        field = (int)(key >> 3);
        wireType = (ProtoWireType)(key & 7);
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

    public void Skip(ProtoWireType wireType)
    {
        switch (wireType)
        {
            case ProtoWireType.Varint:
                Varint();
                break;
            case ProtoWireType.Fixed64:
                _position += 8;
                break;
            case ProtoWireType.Length:
                Bytes();
                break;
            case ProtoWireType.Fixed32:
                _position += 4;
                break;
            default:
                // Groups (3, 4) are not used by ONNX; anything else means the bytes are not a model.
                _position = _data.Length;
                break;
        }
    }
}
