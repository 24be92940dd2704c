using NewsNlp.Analysis.Sentences;
using NewsNlp.Analysis.Tokenization;
using NewsNlp.Training;

namespace NewsNlp.Analysis.Evaluation;

/// <summary>
/// Scores sentence boundaries on running text rebuilt from UD documents (sentences joined by a
/// space, paragraphs by a line break). A boundary is the start offset of every sentence but the
/// first of its document, so the trivial document start earns nothing.
/// </summary>
public static class SentenceEvaluation
{
    public static (SpanScore Score, List<string> Errors) Evaluate(IEnumerable<ConlluSentence> sentences, int maxErrors = 0)
    {
        var score = new SpanScore();
        var errors = new List<string>();
        foreach (var (_, text, docSentences) in ConlluReader.Documents(sentences))
        {
            var tokens = Tokenizer.Tokenize(text);
            var predicted = new HashSet<int>();
            foreach (var s in SentenceSplitter.Split(text, tokens, []))
            {
                if (s.FirstToken > 0)
                {
                    predicted.Add(s.Start);
                }
            }

            var gold = new HashSet<int>();
            foreach (var (_, start) in docSentences.Skip(1))
            {
                gold.Add(start);
            }

            score.Add(predicted, gold);
            foreach (var at in predicted.Where(p => !gold.Contains(p)).Select(p => ("extra", p))
                .Concat(gold.Where(g => !predicted.Contains(g)).Select(g => ("missed", g))).Take(Math.Max(0, maxErrors - errors.Count)))
            {
                var from = Math.Max(0, at.Item2 - 40);
                errors.Add($"{at.Item1}: …{text[from..at.Item2].ReplaceLineEndings("¶")} ‖ {text[at.Item2..Math.Min(text.Length, at.Item2 + 30)].ReplaceLineEndings("¶")}…");
            }
        }

        return (score, errors);
    }
}
