using System.Globalization;
using NewsNlp.Analysis.Perceptron;
using NewsNlp.Documents;
using NewsNlp.Models;

namespace NewsNlp.Analysis.Sentences;

/// <summary>
/// An averaged-perceptron decision "does a sentence end after this token?" for the gaps the hard
/// rules leave open. Features: the rules' verdict, the words and shapes around the gap, the mark
/// before it and the length of the sentence so far. Immutable: one instance serves every thread.
/// </summary>
public sealed class SentenceBoundaryModel
{
    /// <summary>The shipped model's file name under <c>models/</c>.</summary>
    public const string ModelFileName = "sentences.bin";

    private const int FeatureCount = 20;

    // The features every candidate gap has; the rest describe special tokens (links, separators, …) near it.
    private const int BasicFeatureCount = 17;

    private static readonly Lazy<SentenceBoundaryModel?> SharedInstance = new(() =>
        File.Exists(ModelLocator.PathOf(ModelFileName)) ? Load(ModelLocator.PathOf(ModelFileName)) : null);

    private readonly PerceptronModel _model;

    private SentenceBoundaryModel(PerceptronModel model) => _model = model;

    /// <summary>The shipped model, loaded on first use; null when it is not installed (the rules then decide alone).</summary>
    public static SentenceBoundaryModel? Shared => SharedInstance.Value;

    public IReadOnlyDictionary<string, string> Metadata => _model.Metadata;

    /// <summary>
    /// Whether the model is asked about a gap at all: not between a word and a following lower-case
    /// word the rules keep together, which is most gaps and (almost) never a boundary. Saves time. A web
    /// address is asked about even then: lists of links have one per line, and the lines were lost.
    /// </summary>
    public static bool IsCandidate(string text, ReadOnlySpan<Token> tokens, int t, bool rulesVerdict) =>
        rulesVerdict || !char.IsLower(text[tokens[t + 1].Start]) || !char.IsLetterOrDigit(text[tokens[t].End - 1])
        || (text[tokens[t + 1].Start] is 'h' or 'w' && BoundaryTokenKinds.IsLinkStart(text.AsSpan(tokens[t + 1].Start, tokens[t + 1].Length)));

    public bool EndsAfter(string text, ReadOnlySpan<Token> tokens, int t, int lengthSoFar, bool rulesVerdict)
    {
        Span<uint> features = stackalloc uint[FeatureCount];
        Span<float> scores = stackalloc float[2];
        var count = Extract(text, tokens, t, lengthSoFar, rulesVerdict, features);
        return _model.Predict(features[..count], scores) == 1;
    }

    /// <summary>
    /// Trains on documents whose gold sentence starts are known as token indices: every gap that is not a
    /// hard break is one example. The sentence length feature uses the model's own decisions, as at run time.
    /// </summary>
    public static SentenceBoundaryModel Train(IReadOnlyList<(string Text, Token[] Tokens, HashSet<int> SentenceStarts)> documents, int seed, int epochs, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var trainer = new PerceptronTrainer(["no", "yes"], tableBits: 18);
        var order = Enumerable.Range(0, documents.Count).ToList();
        var random = new Random(seed);
        Span<uint> features = stackalloc uint[FeatureCount];
        Span<float> scores = stackalloc float[2];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            PerceptronTrainer.Shuffle(order, random);
            foreach (var index in order)
            {
                var (text, tokens, starts) = documents[index];
                var quotes = new StraightQuoteIndex(text);
                var first = 0;
                for (var t = 0; t + 1 < tokens.Length; t++)
                {
                    var truth = starts.Contains(t + 1) ? 1 : 0;
                    if (SentenceSplitter.IsHardBreak(text, tokens, t, [], 0))
                    {
                        first = t + 1;
                        continue;
                    }

                    var verdict = SentenceSplitter.RulesEndAfter(text, tokens, t, quotes);
                    if (!IsCandidate(text, tokens, t, verdict))
                    {
                        continue;
                    }

                    var count = Extract(text, tokens, t, t - first + 1, verdict, features);
                    var guess = trainer.Predict(features[..count], scores);
                    trainer.Update(features[..count], truth, guess);
                    first = guess == 1 ? t + 1 : first;
                }
            }
        }

        var meta = new Dictionary<string, string>(metadata)
        {
            ["seed"] = seed.ToString(CultureInfo.InvariantCulture),
            ["epochs"] = epochs.ToString(CultureInfo.InvariantCulture),
        };
        return new SentenceBoundaryModel(trainer.Build(meta));
    }

    public void Save(string path) => _model.Save(path);

    public void Save(Stream stream) => _model.Save(stream);

    public static SentenceBoundaryModel Load(string path) => new(PerceptronModel.Load(path));

    public static SentenceBoundaryModel Load(Stream stream) => new(PerceptronModel.Load(stream));

    // Fills output and returns how many features it holds: the token-kind features only when a kind is special.
    private static int Extract(string text, ReadOnlySpan<Token> tokens, int t, int lengthSoFar, bool verdict, Span<uint> output)
    {
        var word = text.AsSpan(tokens[t].Start, tokens[t].Length);
        var next = text.AsSpan(tokens[t + 1].Start, tokens[t + 1].Length);
        var before = t > 0 ? text.AsSpan(tokens[t - 1].Start, tokens[t - 1].Length) : "<s>";
        var after = t + 2 < tokens.Length ? text.AsSpan(tokens[t + 2].Start, tokens[t + 2].Length) : "</s>";
        var v = verdict ? 1 : 0;
        var wordShape = Shape(word);
        var nextShape = Shape(next);
        var spaced = tokens[t + 1].Start > tokens[t].End ? 1 : 0;
        var length = Math.Min(lengthSoFar, 40) / 4;
        output[0] = FeatureHash.Start(1).Add(v);
        output[1] = FeatureHash.Start(2).Add(v).AddLower(word);
        output[2] = FeatureHash.Start(3).Add(v).AddLower(next);
        output[3] = FeatureHash.Start(4).Add(v).Add((int)wordShape).Add((int)nextShape);
        output[4] = FeatureHash.Start(5).AddLower(before).AddLower(word);
        output[5] = FeatureHash.Start(6).AddLower(word).AddLower(next);
        output[6] = FeatureHash.Start(7).AddLower(next).AddLower(after);
        output[7] = FeatureHash.Start(8).Add(v).Add(length);
        output[8] = FeatureHash.Start(9).Add(v).Add(spaced).Add(word[^1]).Add(next[0]);
        output[9] = FeatureHash.Start(10).Add((int)wordShape).Add(next);
        output[10] = FeatureHash.Start(11).Add(word).Add((int)nextShape);
        output[11] = FeatureHash.Start(12).Add(v).Add(length).Add((int)nextShape);
        output[12] = FeatureHash.Start(13).Add(v).Add(spaced);
        output[13] = FeatureHash.Start(14).Add((int)Shape(before)).Add((int)wordShape).Add((int)nextShape);
        output[14] = FeatureHash.Start(15).Add(v).Add(next[0]);
        output[15] = FeatureHash.Start(16).Add(word[^1]).Add(next[0]).Add((int)Shape(after));
        output[16] = FeatureHash.Start(20).Add(NameLine(text, tokens, t, lengthSoFar)).Add((int)nextShape);

        // Links, addresses, attachment names and emoticons often end a line of e-mail or web text. Most
        // gaps have none of them: they skip these features, which keeps the model as fast as before.
        var wordKind = (int)BoundaryTokenKinds.Of(word);
        var nextKind = (int)BoundaryTokenKinds.Of(next);
        var afterKind = (int)BoundaryTokenKinds.Of(after);
        if ((wordKind | nextKind | afterKind) == (int)BoundaryTokenKind.Other)
        {
            return BasicFeatureCount;
        }

        output[17] = FeatureHash.Start(17).Add(v).Add(wordKind).Add(nextKind);
        output[18] = FeatureHash.Start(18).Add(wordKind).Add((int)nextShape);
        output[19] = FeatureHash.Start(19).Add(wordKind).Add(next[0]).Add(afterKind);
        return FeatureCount;
    }

    // Signature and attendee lines ("Pam Butler Renee Ratcliff Larry Lewis") are runs of capitalised words
    // with no lower-case word since the sentence began: the run's length (up to 4) and, for a run that
    // goes back to the sentence start, a mark (+8). 0 when the word is not capitalised.
    private static int NameLine(string text, ReadOnlySpan<Token> tokens, int t, int lengthSoFar)
    {
        var run = 0;
        var k = t;
        var first = Math.Max(0, t - lengthSoFar + 1);
        while (k >= first && run < 6 && char.IsUpper(text[tokens[k].Start]))
        {
            run++;
            k--;
        }

        return Math.Min(run, 4) + (run > 0 && k < first ? 8 : 0);
    }

    // A short shape: "Xx", "x", "X", "d", or the punctuation itself, from the first and last characters.
    private static uint Shape(ReadOnlySpan<char> word)
    {
        static char Kind(char c) => char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
        return FeatureHash.Start(0).Add(Kind(word[0])).Add(Kind(word[^1])).Add(Math.Min(word.Length, 4));
    }
}
