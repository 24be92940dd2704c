using System.IO.Compression;
using System.Text;

namespace NewsNlp.Models;

/// <summary>
/// The container shared by the project's own binary model files: a deflated stream that starts with a
/// magic string and a format version. Writers and readers own the (de)compressor but leave the caller's
/// stream open; the bytes depend only on what is written, so same content → same file.
/// </summary>
public static class CompressedModelFile
{
    /// <summary>A writer that deflates into <paramref name="stream"/>, with the header already written.</summary>
    public static BinaryWriter OpenWriter(Stream stream, string magic, int formatVersion)
    {
        var deflate = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        var writer = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: false);
        writer.Write(magic);
        writer.Write(formatVersion);
        return writer;
    }

    /// <summary>
    /// A reader over the inflated content, positioned after the header; throws
    /// <see cref="InvalidDataException"/> naming <paramref name="what"/> when the header does not match.
    /// </summary>
    public static BinaryReader OpenReader(Stream stream, string magic, int formatVersion, string what) =>
        OpenReader(stream, magic, formatVersion, formatVersion, what, out _);

    /// <summary>
    /// A reader over a file of any format from <paramref name="oldest"/> to <paramref name="newest"/>, for
    /// a format that grew optional parts: <paramref name="formatVersion"/> says which one the file has.
    /// </summary>
    public static BinaryReader OpenReader(Stream stream, string magic, int oldest, int newest, string what, out int formatVersion)
    {
        var inflate = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        var reader = new BinaryReader(new BufferedStream(inflate, 1 << 16), Encoding.UTF8, leaveOpen: false);
        try
        {
            formatVersion = reader.ReadString() == magic ? reader.ReadInt32() : -1;
            if (formatVersion < oldest || formatVersion > newest)
            {
                throw new InvalidDataException($"Not a NewsNlp {what}, or a newer format.");
            }
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException)
        {
            reader.Dispose();
            throw new InvalidDataException($"Not a NewsNlp {what}, or a newer format.", e);
        }

        return reader;
    }
}
