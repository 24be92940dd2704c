namespace NewsNlp.Stance;

/// <summary>
/// Where accurate portrayal gets contextual word vectors (a frozen encoder's last hidden layer): the live
/// encoder in the pipeline, a disk cache in the train and eval commands, a stand-in in tests.
/// </summary>
public interface IWordVectorSource
{
    /// <summary>
    /// For each input, one <see cref="SentenceEmbedder.Dimensions"/>-float vector per word of
    /// <see cref="TargetWords.Words"/>, word after word in one array.
    /// </summary>
    float[][] WordVectors(IReadOnlyList<TargetWords> inputs);
}
