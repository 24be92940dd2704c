using System.Text;

namespace NewsNlp.Repair.Evaluation;

/// <summary>The kind of damage the noise injector made.</summary>
public enum DamageKind
{
    Casing,
    Spacing,
    Typo,
}

/// <summary>
/// One injected damage. <see cref="Token"/> is the index of the whitespace token of the original text it
/// hit; for spacing, the space after that token was deleted.
/// </summary>
public readonly record struct Damage(DamageKind Kind, int Token);

/// <summary>
/// Damages clean text the way archives are damaged, reproducibly for a seed: lowers about a quarter of
/// capitalised words, deletes about a quarter of the spaces after , . ; : ? ! between words, and puts a
/// typo (delete, insert, replace or swap a letter) into about 1% of lower-case words, always producing
/// a non-word when a dictionary is given.
/// </summary>
public sealed class NoiseInjector(int seed, Func<string, bool>? isWord = null)
{
    public double CasingRate { get; init; } = 0.25;

    public double SpacingRate { get; init; } = 0.25;

    public double TypoRate { get; init; } = 0.01;

    private readonly Random _random = new(seed);

    /// <summary>Returns the damaged text and the damages, by original token index.</summary>
    public (string Noisy, List<Damage> Damages) Inject(string clean)
    {
        var damages = new List<Damage>();
        var builder = new StringBuilder(clean.Length);
        var tokens = WhitespaceTokens.Split(clean);
        var pos = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var (start, end) = tokens[t];
            builder.Append(clean, pos, start - pos);
            var token = clean[start..end];
            var damaged = DamageToken(token, out var kind);
            if (kind != null)
            {
                damages.Add(new Damage(kind.Value, t));
            }

            builder.Append(damaged);
            pos = end;
            if (t + 1 < tokens.Count && CanDropSpace(clean, end, tokens[t + 1].Start) && _random.NextDouble() < SpacingRate)
            {
                damages.Add(new Damage(DamageKind.Spacing, t));
                pos = tokens[t + 1].Start;
            }
        }

        builder.Append(clean, pos, clean.Length - pos);
        return (builder.ToString(), damages);
    }

    // One space between "word," and "word": the gap the spacing repair is meant to restore.
    private static bool CanDropSpace(string text, int end, int nextStart)
        => nextStart == end + 1 && text[end] == ' ' && end >= 2 && text[end - 1] is ',' or '.' or ';' or ':' or '?' or '!'
           && char.IsLetterOrDigit(text[end - 2]) && char.IsLetter(text[nextStart]);

    private string DamageToken(string token, out DamageKind? kind)
    {
        kind = null;
        var (ws, we) = CoreWord(token);
        if (we - ws < 1)
        {
            return token;
        }

        var word = token[ws..we];
        if (char.IsUpper(word[0]) && _random.NextDouble() < CasingRate)
        {
            kind = DamageKind.Casing;
            return string.Concat(token.AsSpan(0, ws), word.ToLowerInvariant(), token.AsSpan(we));
        }

        if (word.Length >= 4 && word.All(char.IsAsciiLetterLower) && _random.NextDouble() < TypoRate)
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                var typo = Typo(word);
                if (typo != word && (isWord == null || !isWord(typo)))
                {
                    kind = DamageKind.Typo;
                    return string.Concat(token.AsSpan(0, ws), typo, token.AsSpan(we));
                }
            }
        }

        return token;
    }

    // The letters of a token without surrounding punctuation ("Ukraine," → "Ukraine").
    private static (int Start, int End) CoreWord(string token)
    {
        var start = 0;
        while (start < token.Length && !char.IsLetter(token[start]))
        {
            start++;
        }

        var end = start;
        while (end < token.Length && char.IsLetter(token[end]))
        {
            end++;
        }

        return (start, end);
    }

    private string Typo(string word)
    {
        var chars = word.ToList();
        var i = _random.Next(1, word.Length - 1);
        switch (_random.Next(4))
        {
            case 0:
                chars.RemoveAt(i);
                break;
            case 1:
                chars.Insert(i, (char)('a' + _random.Next(26)));
                break;
            case 2:
                chars[i] = (char)('a' + _random.Next(26));
                break;
            default:
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                break;
        }

        return new string(chars.ToArray());
    }
}

/// <summary>Whitespace-separated tokens of a text as (start, end) ranges.</summary>
public static class WhitespaceTokens
{
    public static List<(int Start, int End)> Split(string text)
    {
        var tokens = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                tokens.Add((start, i));
            }
        }

        return tokens;
    }
}
