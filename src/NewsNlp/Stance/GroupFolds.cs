using NewsNlp.Models;

namespace NewsNlp.Stance;

/// <summary>
/// Cross-validation folds that keep a group (an article, a story) whole: a row's fold is its group's
/// hash modulo the fold count, so the same groups always give the same folds, whatever the row order.
/// </summary>
public static class GroupFolds
{
    /// <summary>The fold (0 … <paramref name="folds"/> − 1) of each row, from its group.</summary>
    public static int[] Assign(IEnumerable<string> groups, int folds)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        return groups.Select(g => (int)(Fnv1a.Of(g) % (ulong)folds)).ToArray();
    }
}
