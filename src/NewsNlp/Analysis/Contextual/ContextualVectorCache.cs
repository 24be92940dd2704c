using System.Buffers.Binary;
using System.Security.Cryptography;

namespace NewsNlp.Analysis.Contextual;

/// <summary>
/// A disk cache of contextual vectors for training and evaluation runs, so encoding a corpus once serves
/// every later run. An entry is keyed by a SHA-256 hash of the encoder's <see cref="ContextualEncoder.Version"/>,
/// the options and the input as the encoder sees it — the word pieces of each word — rather than the raw
/// text: MiniLM is uncased, so a lower-cased copy of a sentence hits its cased entry. One file per entry
/// (float16 values, 2 bytes a number) under a two-letter shard folder, written to a temporary file and
/// moved into place, so parallel runs sharing the folder never read half a file; an unreadable or foreign
/// file counts as a miss. Values come back rounded to float16 (relative error under 0.1 %).
/// Usage: <c>new ContextualVectorCache(folder).Encode(ContextualEncoder.Shared, inputs, options)</c>.
/// Thread-safe.
/// </summary>
public sealed class ContextualVectorCache
{
    private const uint Magic = 0x5643_4E4E; // "NNCV" little-endian
    private const int FormatVersion = 1;
    private const int HeaderBytes = 16;

    public ContextualVectorCache(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
    }

    public string Folder { get; }

    /// <summary>$XDG_CACHE_HOME/newsnlp/contextual, else ~/.cache/newsnlp/contextual: outside any repository.</summary>
    public static string DefaultFolder
    {
        get
        {
            var cacheHome = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (string.IsNullOrWhiteSpace(cacheHome))
            {
                cacheHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            }

            return Path.Combine(cacheHome, "newsnlp", "contextual");
        }
    }

    /// <summary>
    /// The vectors of each input from <paramref name="encoder"/> (by default the shared last-layer one): through <paramref name="cache"/> when there is one
    /// (train and eval commands), live otherwise (the pipeline). Inputs go in chunks of <paramref name="chunk"/>,
    /// <paramref name="progress"/> told (done, total) after each, so a long run reports progress and an
    /// interrupted one keeps what its cache stored.
    /// </summary>
    public static ContextualVectors[] Encode(ContextualVectorCache? cache, IReadOnlyList<ContextualInput> inputs, ContextualOptions options = default, int chunk = int.MaxValue, Action<int, int>? progress = null, ContextualEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunk, 1);
        encoder ??= ContextualEncoder.Shared;
        var result = new ContextualVectors[inputs.Count];
        for (var from = 0; from < inputs.Count; from += chunk)
        {
            var part = inputs.Skip(from).Take(chunk).ToArray();
            var vectors = cache != null ? cache.Encode(encoder, part, options) : encoder.Encode(part, options);
            for (var i = 0; i < vectors.Count; i++)
            {
                result[from + i] = vectors[i];
            }

            progress?.Invoke(from + part.Length, inputs.Count);
        }

        return result;
    }

    /// <summary>The vectors of each input: read from the cache, or encoded (all misses in one batch) and stored.</summary>
    public IReadOnlyList<ContextualVectors> Encode(ContextualEncoder encoder, IReadOnlyList<ContextualInput> inputs, ContextualOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(inputs);
        var results = new ContextualVectors[inputs.Count];
        var missing = new List<(int Index, InputPieces Pieces, string Path)>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var pieces = encoder.Pieces(inputs[i]);
            var path = PathOf(Key(encoder.Version, options, pieces));
            if (Read(path, pieces.WordCount, options.SentenceVector) is { } cached)
            {
                results[i] = cached;
            }
            else
            {
                missing.Add((i, pieces, path));
            }
        }

        if (missing.Count > 0)
        {
            var encoded = encoder.Encode([.. missing.Select(m => m.Pieces)], options);
            for (var m = 0; m < missing.Count; m++)
            {
                results[missing[m].Index] = Write(missing[m].Path, encoded[m]);
            }
        }

        return results;
    }

    private static string Key(string version, ContextualOptions options, InputPieces pieces)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{version}|{options.Pooling}|{options.SentenceVector}|"));
        Span<byte> number = stackalloc byte[4];
        foreach (var values in new[] { pieces.WordStarts, [-1], pieces.Ids })
        {
            foreach (var value in values)
            {
                BinaryPrimitives.WriteInt32LittleEndian(number, value);
                hash.AppendData(number);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private string PathOf(string key) => Path.Combine(Folder, key[..2], key + ".f16");

    private static ContextualVectors? Read(string path, int words, bool sentence)
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var vectors = words + (sentence ? 1 : 0);
        var span = bytes.AsSpan();
        if (bytes.Length != HeaderBytes + (vectors * ContextualEncoder.Dimensions * 2)
            || BinaryPrimitives.ReadUInt32LittleEndian(span) != Magic
            || BinaryPrimitives.ReadInt32LittleEndian(span[4..]) != FormatVersion
            || BinaryPrimitives.ReadInt32LittleEndian(span[8..]) != words
            || BinaryPrimitives.ReadInt32LittleEndian(span[12..]) != (sentence ? 1 : 0))
        {
            return null;
        }

        var values = new float[vectors * ContextualEncoder.Dimensions];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(span[(HeaderBytes + (2 * i))..]);
        }

        var wordValues = words * ContextualEncoder.Dimensions;
        return new ContextualVectors(words, values[..wordValues], sentence ? values[wordValues..] : null);
    }

    /// <summary>Stores <paramref name="vectors"/> and returns them as a later read will (rounded to float16).</summary>
    private static ContextualVectors Write(string path, ContextualVectors vectors)
    {
        var sentence = vectors.Sentence;
        var values = sentence == null ? vectors.Data : [.. vectors.Data, .. sentence];
        var bytes = new byte[HeaderBytes + (values.Length * 2)];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], vectors.Count);
        BinaryPrimitives.WriteInt32LittleEndian(span[12..], sentence == null ? 0 : 1);
        var rounded = new float[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var half = (Half)values[i];
            BinaryPrimitives.WriteHalfLittleEndian(span[(HeaderBytes + (2 * i))..], half);
            rounded[i] = (float)half;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
            try
            {
                File.WriteAllBytes(temporary, bytes);
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                // A write cut short by a full disk would otherwise leave its partial file behind for good.
                File.Delete(temporary);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full or read-only disk costs a re-encoding next time, not this run.
        }

        var wordValues = vectors.Count * ContextualEncoder.Dimensions;
        return new ContextualVectors(vectors.Count, rounded[..wordValues], sentence == null ? null : rounded[wordValues..]);
    }
}
