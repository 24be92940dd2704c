namespace NewsNlp.Analysis.Contextual;

/// <summary>
/// One session row: the words [FirstWord, EndWord) of input <paramref name="Input"/>, whose first
/// <paramref name="Pieces"/> pieces (all of them unless one word is longer than a window) sit between
/// [CLS] and [SEP].
/// </summary>
internal readonly record struct EncoderWindow(int Input, int FirstWord, int EndWord, int Pieces);
