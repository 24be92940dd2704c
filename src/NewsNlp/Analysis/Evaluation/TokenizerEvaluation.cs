using NewsNlp.Analysis.Tokenization;
using NewsNlp.Training;

namespace NewsNlp.Analysis.Evaluation;

/// <summary>
/// Scores the tokenizer against UD gold tokens by exact character span over each document's rebuilt
/// text. Multiword tokens count as their syntactic words when those spell the surface form (so
/// "wasn't" must become was + n't), else as one token (see <see cref="UdGold"/>).
/// </summary>
public static class TokenizerEvaluation
{
    private static void Describe(string text, HashSet<(int, int)> items, HashSet<(int, int)> other, string label, int maxErrors, List<string> output)
    {
        foreach (var (start, end) in items)
        {
            if (output.Count < maxErrors && !other.Contains((start, end)))
            {
                var from = Math.Max(0, start - 20);
                output.Add($"{label} [{text[start..end]}] in …{text[from..Math.Min(text.Length, end + 20)].ReplaceLineEndings(" ")}…");
            }
        }
    }

    /// <summary>The score, and up to <paramref name="maxErrors"/> missed gold tokens and extra predicted ones, with context.</summary>
    public static (SpanScore Score, List<string> Misses) Evaluate(IEnumerable<ConlluSentence> sentences, int maxErrors = 0)
    {
        var score = new SpanScore();
        var misses = new List<string>();
        foreach (var (_, text, docSentences) in ConlluReader.Documents(sentences))
        {
            var predicted = new HashSet<(int, int)>();
            foreach (var token in Tokenizer.Tokenize(text))
            {
                predicted.Add((token.Start, token.End));
            }

            var gold = new HashSet<(int, int)>();
            foreach (var (sentence, offset) in docSentences)
            {
                foreach (var g in UdGold.Tokens(sentence))
                {
                    gold.Add((offset + g.Start, offset + g.End));
                }
            }

            score.Add(predicted, gold);
            Describe(text, gold, predicted, "missed", maxErrors, misses);
            Describe(text, predicted, gold, "extra", maxErrors, misses);
        }

        return (score, misses);
    }
}
