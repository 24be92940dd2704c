using System.Buffers;
using System.Globalization;
using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Tagging;

/// <summary>
/// Trains the part-of-speech tagger: builds the lexicon of frequent unambiguous words, then runs
/// greedy averaged-perceptron epochs in a seed-determined order, feeding the tagger's own previous
/// predictions back as features (as it will see them when tagging), and after each sentence's first pass
/// the second pass's corrections. Same data and seed → same bytes.
/// </summary>
public static class PosTrainer
{
    /// <summary>Training settings; the defaults are the ones tuned on EWT dev.</summary>
    public sealed record Options
    {
        public int Seed { get; init; } = 1;

        public int Epochs { get; init; } = 11;

        public int TableBits { get; init; } = 19;

        /// <summary>A form gets a tag set in the lexicon when seen this often…</summary>
        public int ClassMinCount { get; init; } = 3;

        /// <summary>…holding the tags that cover this share of its occurrences.</summary>
        public double ClassMinShare { get; init; } = 0.1;

        /// <summary>A form is tagged from the lexicon alone when seen this often…</summary>
        public int SureMinCount { get; init; } = 20;

        /// <summary>…with one tag covering this share of its occurrences.</summary>
        public double SureMinShare { get; init; } = 0.97;

        /// <summary>Whether to learn a second pass that sees the first pass's tags of the following words.</summary>
        public bool SecondPass { get; init; } = true;

        /// <summary>Casing and frequency of words from open word lists; empty when not available.</summary>
        public WordListLexicon WordList { get; init; } = WordListLexicon.Empty;

        /// <summary>WordNet's word classes; empty when not available.</summary>
        public WordClassLexicon WordClasses { get; init; } = WordClassLexicon.Empty;

        public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

        /// <summary>Called after each epoch but the last with the epoch number and the averaged model so far (for tuning on dev).</summary>
        public Action<int, PosTagger>? AfterEpoch { get; init; }
    }

    public static PosTagger Train(IReadOnlyList<TaggedSentence> sentences, Options options)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var lexicon = PosLexicon.Build(sentences, options.ClassMinCount, options.ClassMinShare, options.SureMinCount, options.SureMinShare);
        var trainer = new PerceptronTrainer(PosTagger.Classes, options.TableBits);
        var order = Enumerable.Range(0, sentences.Count).ToList();
        var random = new Random(options.Seed);
        Span<uint> features = stackalloc uint[PosFeatures.Count];
        Span<uint> lookahead = stackalloc uint[PosFeatures.LookaheadCount];
        Span<float> scores = stackalloc float[PosTagger.Classes.Count];
        var k = PosTagger.Classes.Count;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            PerceptronTrainer.Shuffle(order, random);
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var n = sentence.Tokens.Length;
                var words = ArrayPool<PosFeatures.WordHashes>.Shared.Rent(n);
                var firstPass = ArrayPool<Upos>.Shared.Rent(n);
                var firstScores = ArrayPool<float>.Shared.Rent(n * k);
                PosFeatures.DescribeAll(sentence.Text, sentence.Tokens, lexicon, options.WordList, options.WordClasses, words);

                var previous = Upos.X;
                var beforePrevious = Upos.X;
                for (var i = 0; i < n; i++)
                {
                    var guess = words[i].Entry.Sure;
                    if (!words[i].Entry.HasSure)
                    {
                        var used = features[..PosFeatures.Extract(words.AsSpan(0, n), i, previous, beforePrevious, features)];
                        guess = (Upos)trainer.Predict(used, scores);
                        scores[..k].CopyTo(firstScores.AsSpan(i * k, k));
                        trainer.Update(used, (int)sentence.Tokens[i].Pos, (int)guess);
                    }

                    firstPass[i] = guess;
                    beforePrevious = previous;
                    previous = guess;
                }

                if (options.SecondPass)
                {
                    LearnSecondPass(trainer, words.AsSpan(0, n), firstPass.AsSpan(0, n), firstScores, sentence.Tokens, lookahead, scores);
                }

                ArrayPool<float>.Shared.Return(firstScores);
                ArrayPool<Upos>.Shared.Return(firstPass);
                ArrayPool<PosFeatures.WordHashes>.Shared.Return(words);
            }

            if (options.AfterEpoch != null && epoch + 1 < options.Epochs)
            {
                options.AfterEpoch(epoch + 1, new PosTagger(trainer.Build(), lexicon, options.WordList, options.WordClasses, options.SecondPass));
            }
        }

        var metadata = new Dictionary<string, string>(options.Metadata)
        {
            ["epochs"] = options.Epochs.ToString(CultureInfo.InvariantCulture),
            ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
            ["table_bits"] = options.TableBits.ToString(CultureInfo.InvariantCulture),
        };
        return new PosTagger(trainer.Build(metadata), lexicon, options.WordList, options.WordClasses, options.SecondPass);
    }

    // The second pass learns corrections on top of the first pass's scores from the tags the first pass
    // gave the words around each scored word; only its own weights move.
    private static void LearnSecondPass(PerceptronTrainer trainer, ReadOnlySpan<PosFeatures.WordHashes> words, ReadOnlySpan<Upos> firstPass, float[] firstScores, Token[] gold, Span<uint> lookahead, Span<float> scores)
    {
        var k = PosTagger.Classes.Count;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Entry.HasSure)
            {
                continue;
            }

            PosFeatures.ExtractLookahead(words[i], PosFeatures.TagAround(firstPass, i - 1), PosFeatures.TagAround(firstPass, i + 1), PosFeatures.TagAround(firstPass, i + 2), lookahead);
            trainer.Predict(lookahead, scores);
            for (var c = 0; c < k; c++)
            {
                scores[c] += firstScores[(i * k) + c];
            }

            trainer.Update(lookahead, (int)gold[i].Pos, PerceptronModel.ArgMax(scores[..k]));
        }
    }

    /// <summary>Token-level accuracy of <paramref name="tagger"/> on gold-tokenised sentences.</summary>
    public static double Accuracy(PosTagger tagger, IReadOnlyList<TaggedSentence> sentences) => Accuracy(tagger, sentences, null);

    /// <summary>Accuracy, counting each (gold, predicted) confusion into <paramref name="confusions"/> when given.</summary>
    public static double Accuracy(PosTagger tagger, IReadOnlyList<TaggedSentence> sentences, Dictionary<(Upos Gold, Upos Predicted), int>? confusions)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        long correct = 0, total = 0;
        foreach (var sentence in sentences)
        {
            var tokens = (Token[])sentence.Tokens.Clone();
            tagger.Tag(sentence.Text, tokens);
            for (var i = 0; i < tokens.Length; i++)
            {
                var right = tokens[i].Pos == sentence.Tokens[i].Pos;
                correct += right ? 1 : 0;
                if (!right && confusions != null)
                {
                    var key = (sentence.Tokens[i].Pos, tokens[i].Pos);
                    confusions[key] = confusions.GetValueOrDefault(key) + 1;
                }
            }

            total += tokens.Length;
        }

        return total == 0 ? 0 : (double)correct / total;
    }
}
