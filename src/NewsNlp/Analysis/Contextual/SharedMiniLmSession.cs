namespace NewsNlp.Analysis.Contextual;

/// <summary>
/// The process's one <see cref="MiniLmSession"/>, shared by the encoders of every layer
/// (<see cref="ContextualEncoder.ForLayer"/>), so a run with accurate NER (layer 5) and the other accurate
/// modes (the last layer) holds one copy of the model, not two. It is made on first use, serving the layers
/// reserved so far (<see cref="Reserve"/>: the accurate NER and portrayal models reserve theirs when loaded,
/// before any text is encoded) and the one asked for. The truecaser's head, loaded in every mode, reserves
/// nothing: when it is used, its layer is the one asked for, or already reserved. Should a run ask for a layer it does not serve, it is replaced by one serving
/// both — the old session released first, after the runs on it finish, so two copies never coexist. A layer's
/// states are the same from either session (the same nodes compute them), so results do not depend on which was live.
/// </summary>
internal static class SharedMiniLmSession
{
    private static readonly ReaderWriterLockSlim Gate = new();
    private static readonly HashSet<int> Reserved = [];
    private static MiniLmSession? _session;

    /// <summary>Makes the session, when it is first made, serve <paramref name="layer"/> too.</summary>
    public static void Reserve(int layer)
    {
        Gate.EnterWriteLock();
        try
        {
            Reserved.Add(layer);
        }
        finally
        {
            Gate.ExitWriteLock();
        }
    }

    /// <summary><see cref="MiniLmSession.Run"/> on the shared session, grown to serve <paramref name="layer"/> when it does not.</summary>
    public static void Run(int layer, long[] ids, long[] mask, long[] shape, HiddenStatesReader read)
    {
        while (true)
        {
            Gate.EnterReadLock();
            try
            {
                if (_session?.Serves(layer) == true)
                {
                    _session.Run(ids, mask, shape, layer, read);
                    return;
                }
            }
            finally
            {
                Gate.ExitReadLock();
            }

            Grow(layer);
        }
    }

    private static void Grow(int layer)
    {
        Gate.EnterWriteLock();
        try
        {
            if (_session?.Serves(layer) == true)
            {
                return; // another thread grew it meanwhile
            }

            // Layers reserved since the session was made are served too: one rebuild, not one per late model.
            var layers = (_session?.Layers ?? []).Union(Reserved).Append(layer).Distinct().ToArray();
            _session?.Dispose();
            _session = null;
            _session = new MiniLmSession(layers);
        }
        finally
        {
            Gate.ExitWriteLock();
        }
    }
}
