namespace NewsNlp.Repair.Evaluation;

/// <summary>
/// Aligns two token sequences by longest common subsequence, comparing tokens case-insensitively, and
/// returns for each token of the first the index of its partner in the second (-1 when unaligned).
/// Quadratic, so long documents are aligned line by line by the caller's choice of units.
/// </summary>
public static class TokenAlignment
{
    public static int[] Align(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var n = a.Count;
        var m = b.Count;
        var table = new int[(n + 1) * (m + 1)];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[(i * (m + 1)) + j] = string.Equals(a[i], b[j], StringComparison.OrdinalIgnoreCase)
                    ? table[((i + 1) * (m + 1)) + j + 1] + 1
                    : Math.Max(table[((i + 1) * (m + 1)) + j], table[(i * (m + 1)) + j + 1]);
            }
        }

        var result = new int[n];
        Array.Fill(result, -1);
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (string.Equals(a[x], b[y], StringComparison.OrdinalIgnoreCase))
            {
                result[x++] = y++;
            }
            else if (table[((x + 1) * (m + 1)) + y] >= table[(x * (m + 1)) + y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return result;
    }
}
