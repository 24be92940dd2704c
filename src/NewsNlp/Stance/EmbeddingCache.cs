namespace NewsNlp.Stance;

/// <summary>
/// Remembers embeddings across train and eval runs in a temporary file, so tuning on the same corpora
/// does not pay MiniLM's ~70 sentences/s again; vectors are keyed by their text. The pipeline embeds
/// directly (<see cref="LiveEmbeddings"/>).
/// </summary>
public sealed class EmbeddingCache : IEmbeddingSource
{
    private const int Batch = 32;

    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly string _path;
    private readonly Action<int, int>? _progress;
    private int _unsaved;

    /// <param name="progress">Called with (done, total) while missing vectors are computed.</param>
    /// <param name="path">The cache file; default a file in the temp folder.</param>
    public EmbeddingCache(Action<int, int>? progress = null, string? path = null)
    {
        _progress = progress;
        _path = path ?? Path.Combine(Path.GetTempPath(), "newsnlp-minilm-embeddings.bin");
        Load();
    }

    /// <summary>Embeddings of all <paramref name="texts"/>, computing the missing ones in batches.</summary>
    public float[][] Sentences(IReadOnlyList<string> texts)
    {
        var missing = texts.Where(t => !_vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < missing.Count; i += Batch)
        {
            var chunk = missing.GetRange(i, Math.Min(Batch, missing.Count - i));
            var vectors = LiveEmbeddings.Instance.Sentences(chunk);
            for (var j = 0; j < chunk.Count; j++)
            {
                _vectors[chunk[j]] = vectors[j];
            }

            _unsaved += chunk.Count;
            _progress?.Invoke(i + chunk.Count, missing.Count);
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
        // One temporary file per process: two commands tuning at once must not write into the same one.
        var temp = $"{_path}.{Environment.ProcessId}.tmp";
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
