using NewsNlp.Repair.Contextual;
using NewsNlp.Stance;
using NewsNlp.Training;

namespace NewsNlp.Repair.Evaluation;

/// <summary>Token accuracy and precision/recall/F1 on capitalised tokens.</summary>
public sealed class TruecaseScores
{
    public int Tokens { get; set; }

    public int Correct { get; set; }

    public int GoldCapitalised { get; set; }

    public int PredictedCapitalised { get; set; }

    public int CorrectCapitalised { get; set; }

    public double Accuracy => Tokens == 0 ? 0 : (double)Correct / Tokens;

    public double Precision => PredictedCapitalised == 0 ? 0 : (double)CorrectCapitalised / PredictedCapitalised;

    public double Recall => GoldCapitalised == 0 ? 0 : (double)CorrectCapitalised / GoldCapitalised;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// `newsnlp eval truecase`: lower-cases a held-out document, restores it with the truecaser, and compares
/// each CoNLL-U surface token with the original (lower-casing keeps every offset, so tokens line up).
/// A capitalised token is one with any capital letter; it counts as correct only when restored exactly.
/// Sentence boundaries are the corpus's own, as in the truecasing literature (Lita et al. 2003).
/// </summary>
public static class TruecaseEvaluation
{
    /// <summary>
    /// Restores <paramref name="lowered"/>; when the gold sentence starts are given, they replace the
    /// scanner's guesses, as truecasing benchmarks run on segmented sentences.
    /// </summary>
    internal static string Restore(Truecaser truecaser, string lowered, IReadOnlyList<int>? sentenceStarts = null, ContextualCasing? contextual = null)
    {
        var words = new List<WordToken>();
        WordScanner.Scan(lowered, words);
        if (sentenceStarts != null)
        {
            var next = 0;
            for (var i = 0; i < words.Count; i++)
            {
                var isStart = next < sentenceStarts.Count && words[i].Start >= sentenceStarts[next];
                while (next < sentenceStarts.Count && words[i].Start >= sentenceStarts[next])
                {
                    next++;
                }

                var flags = isStart ? words[i].Flags | WordFlags.SentenceStart : words[i].Flags & ~WordFlags.SentenceStart;
                words[i] = words[i] with { Flags = flags };
            }
        }

        var edits = new List<PendingEdit>();
        truecaser.Propose(lowered, words, TruecaseFeatures.LowerCaseEntries(lowered, words, truecaser.Lexicon), edits, restoreLowerCasedText: true, contextual: contextual);
        var log = new EditLog(lowered);
        log.Apply(edits);
        return log.Current;
    }

    /// <summary>Scores one document; <paramref name="mode"/> Accurate uses the models' <see cref="RepairModels.AccurateCasing"/>.</summary>
    public static void Score(RepairModels models, string text, IReadOnlyList<(ConlluSentence Sentence, int Start)> sentences, TruecaseScores scores, Action<string, string>? onError = null, ModelMode mode = ModelMode.Fast)
    {
        var truecaser = models.Truecaser ?? throw new InvalidOperationException("No truecaser model.");
        var contextual = mode == ModelMode.Accurate ? models.AccurateCasing ?? throw new InvalidOperationException("No accurate truecasing model.") : null;
        var restored = Restore(truecaser, text.ToLowerInvariant(), sentences.Select(s => s.Start).ToList(), contextual);
        if (restored.Length != text.Length)
        {
            throw new InvalidOperationException("Truecasing changed the text length.");
        }

        foreach (var (sentence, start) in sentences)
        {
            foreach (var token in sentence.SurfaceTokens())
            {
                if (token.End <= token.Start)
                {
                    continue;
                }

                var gold = text.AsSpan(start + token.Start, token.End - token.Start);
                var guess = restored.AsSpan(start + token.Start, token.End - token.Start);
                var goldCap = HasUpper(gold);
                var guessCap = HasUpper(guess);
                var same = gold.SequenceEqual(guess);
                scores.Tokens++;
                scores.Correct += same ? 1 : 0;
                if (!same)
                {
                    onError?.Invoke(gold.ToString(), guess.ToString());
                }

                scores.GoldCapitalised += goldCap ? 1 : 0;
                scores.PredictedCapitalised += guessCap ? 1 : 0;
                scores.CorrectCapitalised += goldCap && same ? 1 : 0;
            }
        }
    }

    private static bool HasUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
