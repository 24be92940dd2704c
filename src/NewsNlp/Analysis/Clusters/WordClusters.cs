using NewsNlp.Models;
using System.IO.Compression;
using System.Text;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Output;

namespace NewsNlp.Analysis.Clusters;

/// <summary>
/// Lower-case words grouped into a tree of clusters by what their vectors say about them (Brown-style
/// prefix paths, Turian et al. 2010): <see cref="Levels"/> levels, each splitting a cluster into four, so a
/// word's path is one number whose high bits name its coarse cluster and whose low bits refine it
/// (<see cref="Prefix"/>). The taggers copy the paths into their word tables when trained, so a token's
/// cluster comes with the word-list lookup they already make. Immutable.
/// </summary>
public sealed class WordClusters
{
    /// <summary>The resource's file name under <c>models/</c>.</summary>
    public const string FileName = "word-clusters.bin";

    /// <summary>How many levels a path has: the top clusters, then two splits into four.</summary>
    public const int Levels = 3;

    /// <summary>Bits a split adds to a path (a split makes four sub-clusters).</summary>
    public const int BitsPerSplit = 2;

    /// <summary>The most top-level clusters a path (16 bits, 1-based) can hold.</summary>
    public const int MaxTopCount = (ushort.MaxValue >> (BitsPerSplit * (Levels - 1))) - 1;

    private const string Magic = "NNLP-CLUSTERS";
    private const int FormatVersion = 1;

    public WordClusters(IReadOnlyDictionary<string, ushort> paths, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(metadata);
        Paths = paths;
        Metadata = metadata;
    }

    /// <summary>No words (models trained without clusters).</summary>
    public static WordClusters Empty { get; } = new(new Dictionary<string, ushort>(), new Dictionary<string, string>());

    /// <summary>Each word's path: 1 + its leaf cluster, whose top bits are its coarser clusters; 0 is "no cluster".</summary>
    public IReadOnlyDictionary<string, ushort> Paths { get; }

    /// <summary>How the clusters were made (source, seed, counts), as the card reports it.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    public int Count => Paths.Count;

    /// <summary>
    /// The cluster of <paramref name="path"/> at <paramref name="level"/> (0 the coarsest, <see cref="Levels"/> − 1
    /// the leaf), as a number distinct across levels; −1 for a word without a cluster.
    /// </summary>
    public static int Prefix(ushort path, int level) =>
        path == 0 ? -1 : ((path - 1) >> (BitsPerSplit * (Levels - 1 - level))) | (level << 16);

    /// <summary>The path of a top cluster's sub-cluster choices (each 0–3), 1-based.</summary>
    public static ushort PathOf(int top, int split1, int split2) => (ushort)(1 + (((top << BitsPerSplit) | split1) << BitsPerSplit | split2));

    public void Save(string path)
    {
        using var file = new AtomicFile(path);
        Save(file.Stream);
        file.Commit();
    }

    /// <summary>A header with the metadata, then the words and paths deflated, in ordinal order (deterministic bytes).</summary>
    public void Save(Stream stream)
    {
        using (var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            header.Write(Magic);
            header.Write(FormatVersion);
            header.Write(Metadata.Count);
            foreach (var key in Metadata.Keys.Order(StringComparer.Ordinal))
            {
                header.Write(key);
                header.Write(Metadata[key]);
            }
        }

        using var deflate = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var body = new BinaryWriter(deflate, Encoding.UTF8);
        WritePaths(body, Paths);
    }

    public static WordClusters Load(string path)
    {
        using var file = ModelLocator.OpenModel(path, "Word clusters", "newsnlp train clusters --seed 1");
        return Load(file);
    }

    public static WordClusters Load(Stream stream)
    {
        Dictionary<string, string> metadata;
        using (var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true))
        {
            if (header.ReadString() != Magic || header.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException("Not a NewsNlp word-cluster file, or a newer format.");
            }

            var count = header.ReadInt32();
            metadata = new Dictionary<string, string>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                metadata[header.ReadString()] = header.ReadString();
            }
        }

        using var inflate = new ZLibStream(stream, CompressionMode.Decompress);
        using var body = new BinaryReader(new BufferedStream(inflate, 1 << 16), Encoding.UTF8);
        return new WordClusters(ReadPaths(body), metadata);
    }

    /// <summary>Writes words and their paths (what a model keeps of the clusters), in ordinal order.</summary>
    public static void WritePaths(BinaryWriter writer, IReadOnlyDictionary<string, ushort> paths) => WordCodes<ushort>.WriteEntries(writer, paths, static (w, path) => w.Write(path));

    public static Dictionary<string, ushort> ReadPaths(BinaryReader reader) => WordCodes<ushort>.ReadEntries(reader, static r => r.ReadUInt16());
}
