namespace NewsNlp.Cli.Commands;

/// <summary>
/// The process's garbage-collection counters at one moment: bytes allocated, time paused and collections
/// per generation. A stage that allocates makes every worker pause, so its cost shows up in the other
/// stages' times too; the bench prints the difference per run to tell that apart from the stage's own work.
/// </summary>
internal readonly record struct GcActivity(long AllocatedBytes, TimeSpan Paused, int Gen0, int Gen1, int Gen2)
{
    public static GcActivity Now() =>
        new(GC.GetTotalAllocatedBytes(precise: false), GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    /// <summary>What happened between <paramref name="before"/> and this moment, as one line.</summary>
    public string Since(GcActivity before) =>
        $"GC {(AllocatedBytes - before.AllocatedBytes) / 1e6:N0} MB allocated, {(Paused - before.Paused).TotalSeconds:F2} s paused, collections gen0 {Gen0 - before.Gen0}, gen1 {Gen1 - before.Gen1}, gen2 {Gen2 - before.Gen2}";
}
