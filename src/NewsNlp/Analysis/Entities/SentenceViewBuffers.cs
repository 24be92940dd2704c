namespace NewsNlp.Analysis.Entities;

/// <summary>
/// The per-token arrays of a <see cref="SentenceView"/>, kept one set per thread: a sentence takes the thread's
/// set and gives it back when its view is disposed, where renting eight arrays from the shared pool cost a
/// thread-local look-up each, twice per sentence. A view made while another is alive on the same thread
/// (none is today) gets a set of its own, so the two never share arrays.
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

    /// <summary>The thread's set when it is free and holds <paramref name="count"/> tokens, else a new one.</summary>
    public static SentenceViewBuffers Take(int count)
    {
        var buffers = free;
        if (buffers == null || buffers.Capacity < count)
        {
            return new SentenceViewBuffers(Math.Max(64, Math.Max(count, (buffers?.Capacity ?? 0) * 2)));
        }

        free = null;
        return buffers;
    }

    /// <summary>Makes the set the thread's free one again (the larger one, when a view had to make its own).</summary>
    public void Return()
    {
        if (free == null || free.Capacity < Capacity)
        {
            free = this;
        }
    }
}
