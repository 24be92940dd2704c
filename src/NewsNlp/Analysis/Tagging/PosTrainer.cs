using System.Buffers;
using System.Globalization;
using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Tagging;

/// <summary>
/// Trains the part-of-speech tagger: builds the lexicon of frequent unambiguous words, then runs
/// greedy averaged-perceptron epochs in a seed-determined order, feeding the tagger's own previous
/// predictions back as features (as it will see them when tagging). Same data and seed → same bytes.
/// </summary>
public static class PosTrainer
{
    /// <summary>Training settings; the defaults are the ones tuned on EWT dev.</summary>
    public sealed record Options
    {
        public int Seed { get; init; } = 1;

        public int Epochs { get; init; } = 8;

        public int TableBits { get; init; } = 19;

        /// <summary>A word enters the lexicon when seen this often…</summary>
        public int LexiconMinCount { get; init; } = 20;

        /// <summary>…and this share of its occurrences carry one tag.</summary>
        public double LexiconMinShare { get; init; } = 0.97;

        public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();
    }

    public static PosTagger Train(IReadOnlyList<TaggedSentence> sentences, Options options)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var lexicon = BuildLexicon(sentences, options);
        var lookup = lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        var trainer = new PerceptronTrainer(PosTagger.Classes, options.TableBits);
        var order = Enumerable.Range(0, sentences.Count).ToList();
        var random = new Random(options.Seed);
        Span<uint> features = stackalloc uint[PosFeatures.Count];
        Span<float> scores = stackalloc float[PosTagger.Classes.Count];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            PerceptronTrainer.Shuffle(order, random);
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var words = ArrayPool<PosFeatures.WordHashes>.Shared.Rent(sentence.Tokens.Length);
                for (var i = 0; i < sentence.Tokens.Length; i++)
                {
                    words[i] = PosFeatures.Describe(sentence.Text.AsSpan(sentence.Tokens[i].Start, sentence.Tokens[i].Length));
                }

                var previous = Upos.X;
                var beforePrevious = Upos.X;
                for (var i = 0; i < sentence.Tokens.Length; i++)
                {
                    var token = sentence.Tokens[i];
                    if (!lookup.TryGetValue(sentence.Text.AsSpan(token.Start, token.Length), out var guess))
                    {
                        PosFeatures.Extract(words.AsSpan(0, sentence.Tokens.Length), i, previous, beforePrevious, features);
                        guess = (Upos)trainer.Predict(features, scores);
                        trainer.Update(features, (int)token.Pos, (int)guess);
                    }

                    beforePrevious = previous;
                    previous = guess;
                }

                ArrayPool<PosFeatures.WordHashes>.Shared.Return(words);
            }
        }

        var metadata = new Dictionary<string, string>(options.Metadata)
        {
            ["epochs"] = options.Epochs.ToString(CultureInfo.InvariantCulture),
            ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
            ["table_bits"] = options.TableBits.ToString(CultureInfo.InvariantCulture),
        };
        return new PosTagger(trainer.Build(metadata), lexicon);
    }

    /// <summary>Token-level accuracy of <paramref name="tagger"/> on gold-tokenised sentences.</summary>
    public static double Accuracy(PosTagger tagger, IReadOnlyList<TaggedSentence> sentences)
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
                correct += tokens[i].Pos == sentence.Tokens[i].Pos ? 1 : 0;
            }

            total += tokens.Length;
        }

        return total == 0 ? 0 : (double)correct / total;
    }

    private static Dictionary<string, Upos> BuildLexicon(IReadOnlyList<TaggedSentence> sentences, Options options)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                var form = sentence.Text.Substring(token.Start, token.Length);
                if (!counts.TryGetValue(form, out var perTag))
                {
                    perTag = new int[PosTagger.Classes.Count];
                    counts[form] = perTag;
                }

                perTag[(int)token.Pos]++;
            }
        }

        var lexicon = new Dictionary<string, Upos>(StringComparer.Ordinal);
        foreach (var (form, perTag) in counts)
        {
            var total = perTag.Sum();
            var best = PerceptronModel.ArgMax(Array.ConvertAll(perTag, c => (float)c));
            if (total >= options.LexiconMinCount && perTag[best] >= options.LexiconMinShare * total)
            {
                lexicon[form] = (Upos)best;
            }
        }

        return lexicon;
    }
}
