namespace NewsNlp.Stance;

/// <summary>
/// Remembers embeddings across training runs in a temporary file, so tuning on the same corpora
/// does not pay MiniLM's ~70 sentences/s again. Only training uses it; the pipeline embeds directly.
/// </summary>
public sealed class EmbeddingCache
{
    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly string _path;
    private readonly SentenceEmbedder _embedder;
    private int _unsaved;

    public EmbeddingCache(SentenceEmbedder embedder, string? path = null)
    {
        _embedder = embedder;
        _path = path ?? Path.Combine(Path.GetTempPath(), "newsnlp-minilm-embeddings.bin");
        Load();
    }

    /// <summary>Embeddings of all <paramref name="texts"/>, computing the missing ones in batches.</summary>
    public float[][] Get(IReadOnlyList<string> texts, Action<int, int>? progress = null)
    {
        var missing = texts.Where(t => !_vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        const int batch = 32;
        for (var i = 0; i < missing.Count; i += batch)
        {
            var chunk = missing.GetRange(i, Math.Min(batch, missing.Count - i));
            var vectors = _embedder.Encode(chunk);
            for (var j = 0; j < chunk.Count; j++)
            {
                _vectors[chunk[j]] = vectors[j];
            }

            _unsaved += chunk.Count;
            progress?.Invoke(i + chunk.Count, missing.Count);
            if (_unsaved >= 2000)
            {
                Save();
            }
        }

        if (_unsaved > 0)
        {
            Save();
        }

        return texts.Select(t => _vectors[t]).ToArray();
    }

    private void Load()
    {
        if (!File.Exists(_path))
        {
            return;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(_path));
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var text = reader.ReadString();
                var vector = new float[SentenceEmbedder.Dimensions];
                for (var d = 0; d < vector.Length; d++)
                {
                    vector[d] = reader.ReadSingle();
                }

                _vectors[text] = vector;
            }
        }
        catch (Exception e) when (e is IOException or EndOfStreamException)
        {
            // A damaged cache is only lost time: start again empty.
            _vectors.Clear();
        }
    }

    private void Save()
    {
        var temp = _path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temp)))
        {
            writer.Write(_vectors.Count);
            foreach (var (text, vector) in _vectors)
            {
                writer.Write(text);
                foreach (var v in vector)
                {
                    writer.Write(v);
                }
            }
        }

        File.Move(temp, _path, overwrite: true);
        _unsaved = 0;
    }
}
