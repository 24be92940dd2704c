using NewsNlp.Analysis.Sentences;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Analysis.Tokenization;
using NewsNlp.Documents;
using NewsNlp.Training;

namespace NewsNlp.Analysis.Evaluation;

/// <summary>UPOS accuracy with gold tokens, and end to end with our tokenizer and sentence splitter.</summary>
public static class PosEvaluation
{
    /// <summary>Gold-tokenised sentences with their UPOS tags, as the trainer and the gold-token score use them.</summary>
    public static List<TaggedSentence> TaggedSentences(IEnumerable<ConlluSentence> sentences) =>
        sentences.Select(s => TaggedSentence.FromWords(s.Words.Select(w => (w.Form, ParseUpos(w.Upos))).ToList())).ToList();

    public static Upos ParseUpos(string tag) => Enum.TryParse<Upos>(tag, ignoreCase: false, out var upos) ? upos : Upos.X;

    /// <summary>
    /// Accuracy over gold syntactic words when our pipeline tokenizes and splits the running text: a word
    /// counts as right only when a predicted token has exactly its span and its tag. Words of multiword
    /// tokens whose spans are unknown always count as wrong.
    /// </summary>
    public static double AccuracyWithOurTokens(PosTagger tagger, SentenceBoundaryModel? boundaries, IEnumerable<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        long correct = 0, total = 0;
        foreach (var (_, text, docSentences) in ConlluReader.Documents(sentences))
        {
            var tokens = Tokenizer.Tokenize(text);
            foreach (var s in SentenceSplitter.Split(text, tokens, [], boundaries))
            {
                tagger.Tag(text, tokens.AsSpan(s.FirstToken, s.TokenCount));
            }

            var predicted = new Dictionary<(int, int), Upos>(tokens.Length);
            foreach (var t in tokens)
            {
                predicted[(t.Start, t.End)] = t.Pos;
            }

            foreach (var (sentence, offset) in docSentences)
            {
                total += sentence.Words.Count;
                foreach (var g in UdGold.Tokens(sentence))
                {
                    if (g.IsWord
                        && predicted.TryGetValue((offset + g.Start, offset + g.End), out var tag)
                        && tag == ParseUpos(sentence.Words[g.FirstWord].Upos))
                    {
                        correct++;
                    }
                }
            }
        }

        return total == 0 ? 0 : (double)correct / total;
    }
}
