using System.Numerics.Tensors;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// Builds <see cref="WordClusters"/>: every vocabulary word is embedded on its own (no context) by a
/// sentence encoder, and the unit-length vectors are grouped by spherical k-means — k-means++ seeding
/// from a seeded random generator, then Lloyd iterations assigning each word to the centroid with the
/// largest dot product. A stand-in for Brown clusters (Ratinov and Roth 2009) that needs no unlabelled
/// corpus. Single-threaded and ordered, so the same words, encoder and seed give the same clusters.
/// </summary>
public static class WordClusterTrainer
{
    private const int BatchSize = 256;

    /// <summary>
    /// The words worth clustering: the <paramref name="frequentCount"/> most frequent words of the frequency
    /// list (already in descending order) and every capitalised word of the cased list (proper names), lower
    /// case, letters with inner hyphens, apostrophes or dots only.
    /// </summary>
    public static IReadOnlyList<string> Vocabulary(IEnumerable<(string Word, long Count)> frequencies, IEnumerable<string> casedWords, int frequentCount)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (word, _) in frequencies.Take(frequentCount))
        {
            AddIfWord(words, word);
        }

        foreach (var word in casedWords)
        {
            if (word.Length > 0 && char.IsUpper(word[0]) && !word.EndsWith("'s", StringComparison.Ordinal))
            {
                AddIfWord(words, word);
            }
        }

        return words.ToArray();
    }

    public static WordClusters Train(IReadOnlyList<string> words, Func<IReadOnlyList<string>, float[][]> embed, int clusterCount, int iterations, int seed, IReadOnlyDictionary<string, string> metadata, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(embed);
        if (words.Count < clusterCount)
        {
            throw new ArgumentException("Fewer words than clusters.", nameof(words));
        }

        var vectors = new float[words.Count][];
        for (var start = 0; start < words.Count; start += BatchSize)
        {
            var batch = words.Skip(start).Take(BatchSize).ToArray();
            embed(batch).CopyTo(vectors, start);
            if (start / BatchSize % 40 == 0)
            {
                log?.Invoke($"embedded {start + batch.Length:N0} / {words.Count:N0} words");
            }
        }

        var assignment = Cluster(vectors, clusterCount, iterations, new Random(seed), log);
        var members = Enumerable.Range(0, clusterCount).Select(_ => new List<string>()).ToArray();
        for (var i = 0; i < words.Count; i++)
        {
            members[assignment[i]].Add(words[i]);
        }

        var meta = new Dictionary<string, string>(metadata, StringComparer.Ordinal)
        {
            ["clusters"] = clusterCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["seed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["words"] = words.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return new WordClusters(members, meta);
    }

    /// <summary>Spherical k-means over unit vectors; returns each vector's cluster.</summary>
    internal static int[] Cluster(float[][] vectors, int k, int iterations, Random random, Action<string>? log = null)
    {
        var centroids = SeedCentroids(vectors, k, random);
        var assignment = new int[vectors.Length];
        Array.Fill(assignment, -1);
        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            var changed = 0;
            for (var i = 0; i < vectors.Length; i++)
            {
                var best = Nearest(vectors[i], centroids, out _);
                changed += best == assignment[i] ? 0 : 1;
                assignment[i] = best;
            }

            log?.Invoke($"k-means iteration {iteration}: {changed:N0} words moved");
            if (changed == 0)
            {
                break;
            }

            UpdateCentroids(vectors, assignment, centroids, random);
        }

        return assignment;
    }

    /// <summary>k-means++: each next centre is drawn with probability proportional to its distance from the nearest chosen one.</summary>
    private static float[][] SeedCentroids(float[][] vectors, int k, Random random)
    {
        var centroids = new List<float[]> { (float[])vectors[random.Next(vectors.Length)].Clone() };
        var distance = new double[vectors.Length];
        Array.Fill(distance, double.MaxValue);
        while (centroids.Count < k)
        {
            var last = centroids[^1];
            var total = 0.0;
            for (var i = 0; i < vectors.Length; i++)
            {
                // For unit vectors the squared Euclidean distance is 2 − 2·cos.
                distance[i] = Math.Min(distance[i], Math.Max(0, 2 - (2 * TensorPrimitives.Dot(vectors[i], last))));
                total += distance[i];
            }

            var target = random.NextDouble() * total;
            var chosen = vectors.Length - 1;
            for (var i = 0; i < vectors.Length; i++)
            {
                target -= distance[i];
                if (target <= 0)
                {
                    chosen = i;
                    break;
                }
            }

            centroids.Add((float[])vectors[chosen].Clone());
        }

        return [.. centroids];
    }

    private static int Nearest(float[] vector, float[][] centroids, out float similarity)
    {
        var best = 0;
        similarity = float.NegativeInfinity;
        for (var c = 0; c < centroids.Length; c++)
        {
            var s = TensorPrimitives.Dot(vector, centroids[c]);
            if (s > similarity)
            {
                similarity = s;
                best = c;
            }
        }

        return best;
    }

    /// <summary>Each centroid becomes its members' normalised mean; an emptied cluster restarts at a random word.</summary>
    private static void UpdateCentroids(float[][] vectors, int[] assignment, float[][] centroids, Random random)
    {
        foreach (var centroid in centroids)
        {
            Array.Clear(centroid);
        }

        var sizes = new int[centroids.Length];
        for (var i = 0; i < vectors.Length; i++)
        {
            TensorPrimitives.Add(centroids[assignment[i]], vectors[i], centroids[assignment[i]]);
            sizes[assignment[i]]++;
        }

        for (var c = 0; c < centroids.Length; c++)
        {
            if (sizes[c] == 0)
            {
                vectors[random.Next(vectors.Length)].CopyTo(centroids[c], 0);
                continue;
            }

            var norm = TensorPrimitives.Norm(centroids[c]);
            TensorPrimitives.Divide(centroids[c], norm, centroids[c]);
        }
    }

    private static void AddIfWord(SortedSet<string> words, string word)
    {
        if (word.Length < 2 || word.Length > 30 || !char.IsLetter(word[0]) || !char.IsLetter(word[^1]))
        {
            return;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '.'))
            {
                return;
            }
        }

        words.Add(word.ToLowerInvariant());
    }
}
