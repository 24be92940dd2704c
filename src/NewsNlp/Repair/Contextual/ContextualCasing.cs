namespace NewsNlp.Repair.Contextual;

/// <summary>
/// The accurate truecasing mode: the <see cref="ContextualCaseHead"/> with the source of its contextual
/// vectors. The truecaser asks it about the words its own model decides, one text at a time.
/// </summary>
public sealed class ContextualCasing
{
    public ContextualCasing(ContextualCaseHead head, IContextualWordVectors vectors)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(vectors);
        Head = head;
        Vectors = vectors;
    }

    public ContextualCaseHead Head { get; }

    public IContextualWordVectors Vectors { get; }

    internal TextScorer For(string text, List<WordToken> words, CaseEntry?[] entries, int mode) => new(this, text, words, entries, mode);

    /// <summary>
    /// One text's scorer. A sentence is encoded when the truecaser's model first decides one of its words,
    /// so a well-cased text with no word in doubt costs no transformer pass at all, and a damaged one only
    /// the sentences with damage.
    /// </summary>
    internal sealed class TextScorer(ContextualCasing owner, string text, List<WordToken> words, CaseEntry?[] entries, int mode)
    {
        private List<SentenceSpans.Sentence>? _sentences;
        private readonly Dictionary<int, float[][]> _vectors = [];
        private float[]? _row;

        /// <summary>Mixes the head's view of word <paramref name="i"/> into the fast model's probabilities.</summary>
        public void Mix(int i, Span<float> probabilities)
        {
            var vector = VectorOf(i);
            if (vector.Length != owner.Head.Dimensions)
            {
                return; // a source of other vectors than the head learnt from: the fast model decides alone
            }

            _row ??= new float[CaseHeadInputs.Length(vector.Length)];
            CaseHeadInputs.Fill(text, words, i, entries, mode, vector, _row);
            owner.Head.Mix(_row, probabilities);
        }

        private float[] VectorOf(int i)
        {
            _sentences ??= SentenceSpans.Of(text, words);
            var s = SentenceSpans.IndexOf(_sentences, i);
            var sentence = _sentences[s];
            if (!_vectors.TryGetValue(s, out var vectors))
            {
                vectors = owner.Vectors.Vectors([SentenceSpans.Span(text, words, sentence)])[0];
                _vectors[s] = vectors;
            }

            return vectors[i - sentence.FirstWord];
        }
    }
}
