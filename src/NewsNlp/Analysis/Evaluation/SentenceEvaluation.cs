using NewsNlp.Analysis.Sentences;
using NewsNlp.Analysis.Tokenization;
using NewsNlp.Documents;
using NewsNlp.Training;

namespace NewsNlp.Analysis.Evaluation;

/// <summary>
/// Scores sentence boundaries on running text rebuilt from UD documents (sentences joined by a
/// space, paragraphs by a line break). A boundary is the start offset of every sentence but the
/// first of its document, so the trivial document start earns nothing.
/// </summary>
public static class SentenceEvaluation
{
    /// <summary>
    /// The documents as our tokenizer sees them, with the token indices where gold sentences start, for
    /// training the boundary model (a gold start inside one of our tokens is dropped).
    /// </summary>
    public static List<(string Text, Token[] Tokens, HashSet<int> SentenceStarts)> TrainingDocuments(IEnumerable<ConlluSentence> sentences)
    {
        var documents = new List<(string, Token[], HashSet<int>)>();
        foreach (var (_, text, docSentences) in ConlluReader.Documents(sentences))
        {
            var tokens = Tokenizer.Tokenize(text);
            var startOffsets = docSentences.Select(s => s.Start).ToHashSet();
            var starts = new HashSet<int>();
            for (var t = 0; t < tokens.Length; t++)
            {
                if (startOffsets.Contains(tokens[t].Start))
                {
                    starts.Add(t);
                }
            }

            documents.Add((text, tokens, starts));
        }

        return documents;
    }

    /// <summary>
    /// The boundary score of the splitter (with <paramref name="model"/>, or rules alone when null) and up to
    /// <paramref name="maxErrors"/> errors; <paramref name="paragraphBreaks"/> false joins paragraphs with a space.
    /// </summary>
    public static (SpanScore Score, List<string> Errors) Evaluate(IEnumerable<ConlluSentence> sentences, SentenceBoundaryModel? model, int maxErrors = 0, bool paragraphBreaks = true)
    {
        var score = new SpanScore();
        var errors = new List<string>();
        foreach (var (_, text, docSentences) in ConlluReader.Documents(sentences, paragraphBreaks))
        {
            var tokens = Tokenizer.Tokenize(text);
            var predicted = new HashSet<int>();
            foreach (var s in SentenceSplitter.Split(text, tokens, [], model))
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
