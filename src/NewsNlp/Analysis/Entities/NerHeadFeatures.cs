using NewsNlp.Analysis.Contextual;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// The input of the contextual head for one token: the contextual vectors of the token and of its two
/// neighbours (standardised per dimension; zeros beyond the sentence), then casing bits, because MiniLM is
/// uncased and cannot see that "Bush" is capitalised — capitalised, all capitals, has a digit, has no
/// letter or digit, for each of the three tokens — and two for the sentence: its first token, and a
/// sentence without any capital letter (lower-cased input, where the casing bits say nothing).
/// </summary>
internal static class NerHeadFeatures
{
    private const int Dimensions = ContextualEncoder.Dimensions;
    private const int BitsPerToken = 4;

    public const int Size = (3 * Dimensions) + (3 * BitsPerToken) + 2;

    /// <summary>True when no character of the sentence is an upper-case letter.</summary>
    public static bool IsUncased(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes token <paramref name="i"/>'s input into <paramref name="x"/> (<see cref="Size"/> floats).</summary>
    public static void Fill(ContextualVectors vectors, ReadOnlySpan<float> mean, ReadOnlySpan<float> inverseDeviation, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, bool uncased, int i, Span<float> x)
    {
        x.Clear();
        for (var k = -1; k <= 1; k++)
        {
            var j = i + k;
            if (j < 0 || j >= tokens.Length || j >= vectors.Count)
            {
                continue;
            }

            var target = x.Slice((k + 1) * Dimensions, Dimensions);
            var v = vectors.Word(j);
            for (var d = 0; d < Dimensions; d++)
            {
                target[d] = (v[d] - mean[d]) * inverseDeviation[d];
            }

            var word = text.Slice(tokens[j].Start, tokens[j].End - tokens[j].Start);
            var bits = x.Slice((3 * Dimensions) + ((k + 1) * BitsPerToken), BitsPerToken);
            bits[0] = word.Length > 0 && char.IsUpper(word[0]) ? 1 : 0;
            bits[1] = word.Length > 1 && word.IndexOfAnyInRange('A', 'Z') >= 0 && !word.ContainsAnyExcept(UpperOrNonLetter) ? 1 : 0;
            bits[2] = word.IndexOfAnyInRange('0', '9') >= 0 ? 1 : 0;
            bits[3] = HasLetterOrDigit(word) ? 0 : 1;
        }

        x[^2] = i == 0 ? 1 : 0;
        x[^1] = uncased ? 1 : 0;
    }

    private static readonly System.Buffers.SearchValues<char> UpperOrNonLetter =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.-&'0123456789");

    private static bool HasLetterOrDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
