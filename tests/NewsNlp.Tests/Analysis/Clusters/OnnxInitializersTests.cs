using NewsNlp.Analysis.Clusters;

namespace NewsNlp.Tests.Analysis.Clusters;

public class OnnxInitializersTests
{
    // Protobuf by hand: key = field << 3 | wire type; lengths and varints below 128 are one byte.
    private static byte[] Field(int field, byte[] body) => [(byte)((field << 3) | 2), (byte)body.Length, .. body];

    private static byte[] Varint(int field, int value) => [(byte)(field << 3), (byte)value];

    private static byte[] Tensor(string name, int type, int rows, int columns, float[] values) =>
    [
        .. Varint(1, rows), .. Varint(1, columns), .. Varint(2, type),
        .. Field(8, System.Text.Encoding.UTF8.GetBytes(name)),
        .. Field(9, values.SelectMany(BitConverter.GetBytes).ToArray()),
    ];

    private static byte[] Model(params byte[][] tensors)
    {
        var graph = new List<byte>(Field(2, "g"u8.ToArray()));
        foreach (var tensor in tensors)
        {
            graph.AddRange(Field(5, tensor));
        }

        return [.. Varint(1, 8), .. Field(2, "test"u8.ToArray()), .. Field(7, graph.ToArray())];
    }

    [Fact]
    public void Finds_the_float_matrix_of_the_wanted_shape_and_skips_the_others()
    {
        var model = Model(
            Tensor("bias", 1, 1, 2, [9, 9]),
            Tensor("ints", 7, 3, 2, [0, 0, 0, 0, 0, 0]),
            Tensor("table", 1, 3, 2, [1, 2, 3, 4, 5, 6]));

        var matrix = OnnxInitializers.FindMatrix(model, minRows: 3, columns: 2);

        Assert.NotNull(matrix);
        Assert.Equal("table", matrix.Name);
        Assert.Equal(3, matrix.Rows);
        Assert.Equal([5f, 6f], matrix.Row(2).ToArray());
    }

    [Fact]
    public void Truncated_or_foreign_bytes_find_nothing_and_do_not_throw()
    {
        var model = Model(Tensor("table", 1, 3, 2, [1, 2, 3, 4, 5, 6]));
        for (var length = 0; length < model.Length; length += 3)
        {
            Assert.Null(OnnxInitializers.FindMatrix(model.AsSpan(0, length), minRows: 3, columns: 2));
        }

        Assert.Null(OnnxInitializers.FindMatrix("not a model at all"u8, minRows: 1, columns: 1));
    }
}
