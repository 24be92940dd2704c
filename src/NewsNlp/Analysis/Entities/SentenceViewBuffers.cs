namespace NewsNlp.Analysis.Entities;

/// <summary>
/// The per-token arrays of a <see cref="SentenceView"/>, kept one set per thread: a sentence takes the thread's
/// set and gives it back when its view is disposed, where renting eight arrays from the shared pool cost a
/// thread-local look-up each, twice per sentence. A view made while another is alive on the same thread
/// (none is today) gets a set of its own, so the two never share arrays. Each take is a numbered lease and only
/// the current lease gives the set back, so a view disposed twice cannot hand out arrays a later view still uses.
/// </summary>
internal sealed class SentenceViewBuffers
{
    [ThreadStatic]
    private static SentenceViewBuffers? free;

    private SentenceViewBuffers(int capacity)
    {
        Lower = new uint[capacity];
        Shape = new uint[capacity];
        Hits = new GazetteerHit[capacity];
        Lexicon = new byte[capacity];
        Clusters = new ushort[capacity];
        PlainLower = new bool[capacity];
        StartsNoName = new bool[capacity];
        Keys = new ulong[capacity];
    }

    public uint[] Lower { get; }

    public uint[] Shape { get; }

    public GazetteerHit[] Hits { get; }

    public byte[] Lexicon { get; }

    public ushort[] Clusters { get; }

    public bool[] PlainLower { get; }

    public bool[] StartsNoName { get; }

    /// <summary>The tokens' word-list keys (<see cref="Tagging.WordListLexicon.KeyOfLowerCase"/>).</summary>
    public ulong[] Keys { get; }

    private int Capacity => Lower.Length;

    /// <summary>The number of the lease that holds the set now; a return with any other number is stale.</summary>
    private int _lease;

    /// <summary>
    /// The thread's set when it is free and holds <paramref name="count"/> tokens, else a new one; <paramref name="lease"/>
    /// is what <see cref="Return"/> must be given back.
    /// </summary>
    public static SentenceViewBuffers Take(int count, out int lease)
    {
        var buffers = free;
        if (buffers == null || buffers.Capacity < count)
        {
            buffers = new SentenceViewBuffers(Math.Max(64, Math.Max(count, (buffers?.Capacity ?? 0) * 2)));
        }
        else
        {
            free = null;
        }

        lease = ++buffers._lease;
        return buffers;
    }

    /// <summary>Makes the set the thread's free one again (the larger one, when a view had to make its own).</summary>
    public void Return(int lease)
    {
        if (lease != _lease)
        {
            return;
        }

        _lease++;
        if (free == null || free.Capacity < Capacity)
        {
            free = this;
        }
    }
}
