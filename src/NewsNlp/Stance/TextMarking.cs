namespace NewsNlp.Stance;

/// <summary>
/// Rewrites text so n-grams generalise across topics and targets: the target of a portrayal becomes
/// one placeholder word, and a statement's words shared with the topic become another ("not tpc",
/// "ban tpc"), which is what lets a debate-trained model read a news topic it never saw.
/// </summary>
internal static class TextMarking
{
    public const string TargetToken = "tgtx";
    public const string TopicToken = "tpcx";

    /// <summary>The sentence with the target span replaced by <see cref="TargetToken"/>, into <paramref name="into"/> (cleared first).</summary>
    public static void MarkTarget(ReadOnlySpan<char> sentence, int start, int end, CharBuffer into) =>
        into.Clear().Append(sentence[..start]).Append(' ').Append(TargetToken).Append(' ').Append(sentence[end..]);

    /// <summary>
    /// The words around the target (up to <paramref name="reach"/> on each side), target marked, each word
    /// tagged with its side ("lft-praised", "rgt-blamed"): what is said after a name is more often said
    /// about it ("Rubio blamed …" differs from "… blamed Rubio").
    /// </summary>
    public static string TargetWindow(string sentence, int start, int end, int reach) =>
        TargetWindow(sentence, start, end, reach, new CharBuffer()).ToString();

    /// <summary>The same into <paramref name="into"/> (cleared first), which it returns.</summary>
    public static CharBuffer TargetWindow(ReadOnlySpan<char> text, int start, int end, int reach, CharBuffer into)
    {
        // Words ending before the target form a prefix of the sentence's words: count it, then take its tail.
        var before = 0;
        for (var p = 0; WordScanner.NextWord(text, ref p, out _, out var e) && e <= start;)
        {
            before++;
        }

        var builder = into.Clear();
        var position = 0;
        for (var i = 0; i < before && WordScanner.NextWord(text, ref position, out var s, out var e); i++)
        {
            if (i >= before - reach)
            {
                builder.Append("lft-").Append(text[s..e]).Append(' ');
            }
        }

        builder.Append(TargetToken);
        for (var after = 0; after < reach && WordScanner.NextWord(text, ref position, out var s, out var e);)
        {
            if (s >= end)
            {
                builder.Append(" rgt-").Append(text[s..e]);
                after++;
            }
        }

        return builder;
    }

    /// <summary>
    /// The stretch of the sentence from <paramref name="reach"/> words before the target to
    /// <paramref name="reach"/> words after it, as written: the target's local context for an encoder.
    /// </summary>
    public static string AroundTarget(string sentence, int start, int end, int reach)
    {
        var before = new List<int>();
        var to = end;
        var after = 0;
        WordScanner.Scan(sentence, (s, e) =>
        {
            if (e <= start)
            {
                before.Add(s);
            }
            else if (s >= end && after < reach)
            {
                after++;
                to = e;
            }
        });

        var from = before.Count == 0 ? start : before[Math.Max(0, before.Count - reach)];
        return sentence[from..to];
    }

    // A crude suffix strip so "guarantee" and "guarantees" match; good enough for overlap.
    internal static string Stem(string word) => Stem(word.AsSpan()).Length == word.Length ? word : word[..^1];

    internal static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word) =>
        word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
