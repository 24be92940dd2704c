using NewsNlp.Analysis.Contextual;
using NewsNlp.Documents;
using NewsNlp.Training;

namespace NewsNlp.Analysis.Entities;

/// <summary>The contextual vectors of sentences' tokens, one per token, as the accurate recogniser reads them.</summary>
public static class EntityVectors
{
    // Sentences per encoder call: enough for the encoder to batch windows of similar length, small enough to report progress.
    private const int Chunk = 512;

    /// <summary>The encoder's input for one sentence: its text and its tokens as words.</summary>
    public static ContextualInput InputOf(string text, ReadOnlySpan<Token> tokens)
    {
        var words = new WordRange[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            words[i] = new WordRange(tokens[i].Start, tokens[i].End);
        }

        return new ContextualInput(text, words);
    }

    /// <summary>
    /// The vectors of every sentence, read from <paramref name="cache"/> when there is one (and stored there
    /// when missing), in chunks with a progress line each; from <paramref name="encoder"/>, by default the last layer's.
    /// </summary>
    public static ContextualVectors[] Encode(IReadOnlyList<EntitySentence> sentences, ContextualVectorCache? cache, Action<string>? log = null, ContextualEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var inputs = sentences.Select(s => InputOf(s.Text, s.Tokens.ToArray())).ToArray();
        return ContextualVectorCache.Encode(cache, inputs, chunk: Chunk, progress: (done, total) => log?.Invoke($"  contextual vectors: {done} / {total} sentences"), encoder: encoder);
    }
}
