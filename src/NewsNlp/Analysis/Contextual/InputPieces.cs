namespace NewsNlp.Analysis.Contextual;

/// <summary>
/// The word pieces of one input and where each word's pieces begin: word w has the pieces
/// [WordStarts[w], WordStarts[w + 1]). Every word has at least one piece — a word BERT's tokenisation
/// erases (only control characters) or a range outside the text is one [UNK] — so every word gets a vector.
/// </summary>
internal sealed class InputPieces
{
    private InputPieces(int[] ids, int[] wordStarts)
    {
        Ids = ids;
        WordStarts = wordStarts;
    }

    public int[] Ids { get; }

    public int[] WordStarts { get; }

    public int WordCount => WordStarts.Length - 1;

    public static InputPieces Of(WordPieceTokenizer tokenizer, ContextualInput input)
    {
        var text = input.Text ?? string.Empty;
        var words = input.Words ?? [];
        var pieces = new List<WordPiece>();
        var starts = new int[words.Count + 1];
        for (var w = 0; w < words.Count; w++)
        {
            starts[w] = pieces.Count;
            var start = Math.Clamp(words[w].Start, 0, text.Length);
            var end = Math.Clamp(words[w].End, start, text.Length);
            tokenizer.Tokenize(text, start, end, pieces);
            if (pieces.Count == starts[w])
            {
                pieces.Add(new WordPiece(tokenizer.UnkId, start, end));
            }
        }

        starts[words.Count] = pieces.Count;
        return new InputPieces([.. pieces.Select(p => p.Id)], starts);
    }

    /// <summary>
    /// Windows of whole words with at most <paramref name="maxPieces"/> pieces each, the next starting about
    /// half a window later, so every word lies at least a quarter of a window from the edge of some window
    /// (except near the ends of the input). A single word longer than a window is cut to its first pieces.
    /// An input without words has one empty window (its sentence vector is that of [CLS] [SEP]).
    /// </summary>
    public List<(int FirstWord, int EndWord)> Windows(int maxPieces)
    {
        var windows = new List<(int, int)>();
        var count = WordCount;
        if (count == 0)
        {
            windows.Add((0, 0));
            return windows;
        }

        var stride = Math.Max(1, maxPieces / 2);
        var first = 0;
        while (true)
        {
            var end = first + 1;
            while (end < count && WordStarts[end + 1] - WordStarts[first] <= maxPieces)
            {
                end++;
            }

            windows.Add((first, end));
            if (end >= count)
            {
                return windows;
            }

            var next = first + 1;
            while (next < end - 1 && WordStarts[next] < WordStarts[first] + stride)
            {
                next++;
            }

            first = next;
        }
    }
}
