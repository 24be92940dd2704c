using System.Globalization;

namespace NewsNlp.Analysis.Clusters;

/// <summary>
/// Builds <see cref="WordClusters"/> from word vectors by top-down spherical k-means: the vectors are
/// centred (word-piece embeddings share a large common direction that would otherwise dominate every
/// cosine) and scaled to unit length, grouped into the top clusters, and each cluster is split into four,
/// twice. Each k-means starts from k-means++ centres drawn with a seeded generator and runs Lloyd
/// iterations until no word moves. Sums run in a fixed order in plain scalar code, so the same vectors and
/// seed give the same clusters on any machine.
/// </summary>
public static class WordClusterTrainer
{
    private const int Split = 1 << WordClusters.BitsPerSplit;

    /// <summary>Clusters <paramref name="words"/> (row i of <paramref name="vectors"/> is word i's vector).</summary>
    public static WordClusters Train(IReadOnlyList<string> words, FloatMatrix vectors, int topCount, int seed, int maxIterations, IReadOnlyDictionary<string, string> metadata, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(vectors);
        if (words.Count != vectors.Rows || words.Count < topCount || topCount < 1 || topCount > WordClusters.MaxTopCount)
        {
            throw new ArgumentException($"Need one vector per word, at least as many words as top clusters, and 1–{WordClusters.MaxTopCount} top clusters.", nameof(topCount));
        }

        var unit = Normalise(vectors);
        var random = new Random(seed);
        var all = Enumerable.Range(0, words.Count).ToArray();
        var top = KMeans(unit, all, topCount, random, maxIterations, out var iterations);
        log?.Invoke($"{topCount} top clusters after {iterations} iterations");
        var paths = new Dictionary<string, ushort>(words.Count, StringComparer.Ordinal);
        foreach (var (topCluster, members) in Groups(all, top, topCount))
        {
            foreach (var (first, firstMembers) in Groups(members, KMeans(unit, members, Split, random, maxIterations, out _), Split))
            {
                foreach (var (second, secondMembers) in Groups(firstMembers, KMeans(unit, firstMembers, Split, random, maxIterations, out _), Split))
                {
                    foreach (var word in secondMembers)
                    {
                        paths[words[word]] = WordClusters.PathOf(topCluster, first, second);
                    }
                }
            }
        }

        var meta = new Dictionary<string, string>(metadata, StringComparer.Ordinal)
        {
            ["seed"] = seed.ToString(CultureInfo.InvariantCulture),
            ["top_clusters"] = topCount.ToString(CultureInfo.InvariantCulture),
            ["levels"] = string.Join('/', Enumerable.Range(0, WordClusters.Levels).Select(l => (topCount << (WordClusters.BitsPerSplit * l)).ToString(CultureInfo.InvariantCulture))),
            ["words"] = words.Count.ToString(CultureInfo.InvariantCulture),
        };
        return new WordClusters(paths, meta);
    }

    /// <summary>Rows centred on their mean and scaled to unit length (a zero row stays zero).</summary>
    internal static FloatMatrix Normalise(FloatMatrix vectors)
    {
        var d = vectors.Columns;
        var mean = new double[d];
        for (var r = 0; r < vectors.Rows; r++)
        {
            var row = vectors.Row(r);
            for (var c = 0; c < d; c++)
            {
                mean[c] += row[c];
            }
        }

        var data = new float[vectors.Data.Length];
        for (var r = 0; r < vectors.Rows; r++)
        {
            var row = vectors.Row(r);
            var output = data.AsSpan(r * d, d);
            var norm = 0.0;
            for (var c = 0; c < d; c++)
            {
                output[c] = (float)(row[c] - (mean[c] / vectors.Rows));
                norm += output[c] * output[c];
            }

            var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
            for (var c = 0; c < d; c++)
            {
                output[c] *= scale;
            }
        }

        return vectors with { Data = data };
    }

    /// <summary>
    /// Spherical k-means over the given rows: returns each member's cluster (parallel to <paramref name="members"/>).
    /// With no more members than clusters each member is its own cluster.
    /// </summary>
    internal static int[] KMeans(FloatMatrix unit, int[] members, int k, Random random, int maxIterations, out int iterations)
    {
        var assignment = new int[members.Length];
        iterations = 0;
        if (members.Length <= k)
        {
            for (var m = 0; m < members.Length; m++)
            {
                assignment[m] = m;
            }

            return assignment;
        }

        var centroids = SeedCentroids(unit, members, k, random);
        Array.Fill(assignment, -1);
        while (iterations < maxIterations)
        {
            iterations++;
            var moved = 0;
            for (var m = 0; m < members.Length; m++)
            {
                var best = Nearest(unit.Row(members[m]), centroids, unit.Columns);
                moved += best == assignment[m] ? 0 : 1;
                assignment[m] = best;
            }

            if (moved == 0)
            {
                break;
            }

            UpdateCentroids(unit, members, assignment, centroids);
        }

        return assignment;
    }

    /// <summary>k-means++: each next centre is a member drawn with probability proportional to its squared distance from the nearest centre so far.</summary>
    private static float[] SeedCentroids(FloatMatrix unit, int[] members, int k, Random random)
    {
        var d = unit.Columns;
        var centroids = new float[k * d];
        unit.Row(members[random.Next(members.Length)]).CopyTo(centroids);
        var distance = new double[members.Length];
        Array.Fill(distance, double.MaxValue);
        for (var c = 1; c < k; c++)
        {
            var last = centroids.AsSpan((c - 1) * d, d);
            var total = 0.0;
            for (var m = 0; m < members.Length; m++)
            {
                // For unit vectors the squared Euclidean distance is 2 − 2·cos.
                distance[m] = Math.Min(distance[m], Math.Max(0, 2 - (2 * Dot(unit.Row(members[m]), last))));
                total += distance[m];
            }

            var chosen = members.Length - 1;
            var target = random.NextDouble() * total;
            for (var m = 0; m < members.Length; m++)
            {
                target -= distance[m];
                if (target <= 0 && distance[m] > 0)
                {
                    chosen = m;
                    break;
                }
            }

            unit.Row(members[chosen]).CopyTo(centroids.AsSpan(c * d, d));
        }

        return centroids;
    }

    private static int Nearest(ReadOnlySpan<float> vector, float[] centroids, int d)
    {
        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var c = 0; c < centroids.Length / d; c++)
        {
            var score = Dot(vector, centroids.AsSpan(c * d, d));
            if (score > bestScore)
            {
                bestScore = score;
                best = c;
            }
        }

        return best;
    }

    // A centroid is the normalised sum of its members; a cluster that lost all members keeps its centre.
    private static void UpdateCentroids(FloatMatrix unit, int[] members, int[] assignment, float[] centroids)
    {
        var d = unit.Columns;
        var sums = new double[centroids.Length];
        for (var m = 0; m < members.Length; m++)
        {
            var row = unit.Row(members[m]);
            var offset = assignment[m] * d;
            for (var c = 0; c < d; c++)
            {
                sums[offset + c] += row[c];
            }
        }

        for (var cluster = 0; cluster < centroids.Length / d; cluster++)
        {
            var norm = 0.0;
            for (var c = 0; c < d; c++)
            {
                norm += sums[(cluster * d) + c] * sums[(cluster * d) + c];
            }

            if (norm > 0)
            {
                var scale = 1 / Math.Sqrt(norm);
                for (var c = 0; c < d; c++)
                {
                    centroids[(cluster * d) + c] = (float)(sums[(cluster * d) + c] * scale);
                }
            }
        }
    }

    // Scalar on purpose: a vectorised sum adds in an order that depends on the machine's vector width.
    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>The members of each cluster, clusters in order, members in their given order.</summary>
    private static IEnumerable<(int Cluster, int[] Members)> Groups(int[] members, int[] assignment, int k) =>
        Enumerable.Range(0, k).Select(c => (c, members.Where((_, m) => assignment[m] == c).ToArray()));
}
