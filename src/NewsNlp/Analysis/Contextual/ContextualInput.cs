namespace NewsNlp.Analysis.Contextual;

/// <summary>One word of a text: its characters [Start, End).</summary>
public readonly record struct WordRange(int Start, int End);

/// <summary>A text and the words in it the encoder gives a vector each, in reading order.</summary>
public sealed record ContextualInput(string Text, IReadOnlyList<WordRange> Words);

/// <summary>Which hidden states make a word's vector.</summary>
public enum WordPooling
{
    /// <summary>
    /// The state of the word's first word piece: BERT-style token classifiers label the first piece of each
    /// word (Devlin et al. 2019), and in a trained encoder that piece attends to the rest of its word, while a
    /// mean drags a name towards frequent endings ("##s", "##ian") shared with unrelated words.
    /// </summary>
    FirstPiece,

    /// <summary>The mean of the states of all the word's pieces (costs one pass over them).</summary>
    MeanOfPieces,
}

/// <summary>What <see cref="ContextualEncoder"/> returns beside the word vectors.</summary>
/// <param name="Pooling">How a word of several pieces gets one vector.</param>
/// <param name="SentenceVector">Also the mean-pooled, L2-normalised vector of the whole input.</param>
public readonly record struct ContextualOptions(WordPooling Pooling = WordPooling.FirstPiece, bool SentenceVector = false);
