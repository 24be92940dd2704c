namespace NewsNlp.Analysis.Entities;

/// <summary>
/// What the recogniser decided earlier in the same document: for each lower-cased word that was part
/// of a name, the type it got. A later "putin" or "Witkoff" then carries the evidence of the first,
/// well-cased, fully introduced mention (the "document-level" features of Ratinov and Roth 2009).
/// One instance per document; not shared between threads.
/// </summary>
public sealed class DocumentMemory
{
    private readonly Dictionary<uint, int> _types = [];

    /// <summary>The type index last given to the word with this lower-case hash, or -1.</summary>
    public int TypeOf(uint lowerHash) => _types.TryGetValue(lowerHash, out var t) ? t : -1;

    public void Remember(uint lowerHash, int type) => _types[lowerHash] = type;

    public void Clear() => _types.Clear();
}
