namespace NewsNlp.Analysis.Entities;

/// <summary>Numbers naming the recogniser's feature templates; changing one changes every saved model.</summary>
internal static class NerTemplates
{
    public const int Bias = 1;
    public const int Word = 2;
    public const int Lower = 3;
    public const int Shape = 4;
    public const int Suffix = 5;
    public const int Prefix = 6;
    public const int LowerAt = 7;
    public const int PreviousLabel = 9;
    public const int TwoLabels = 10;
    public const int LabelWord = 11;
    public const int Bigram = 12;
    public const int GazetteerHere = 13;
    public const int GazetteerAt = 14;
    public const int SentenceStart = 15;
    public const int CasingShape = 16;
    public const int LabelShape = 17;
    public const int ShapeWindow = 18;
    public const int DocumentLabel = 19;
    public const int CasingGazetteer = 20;
    public const int LexiconHere = 21;
    public const int LexiconShape = 22;
    public const int LexiconAt = 23;
    public const int LabelBefore = 25;
    public const int PosHere = 26;
    public const int PosWindow = 27;
    public const int PosLabel = 28;
    public const int ClusterHere = 29;
    public const int ClusterAt = 30;
    public const int ClusterShape = 31;
    public const int RunFirst = 32;
    public const int RunLast = 33;
    public const int CharTrigram = 34;

    /// <summary>Stand-ins for the words before the first and after the last token.</summary>
    public const uint Before = 0x5EB0u;
    public const uint After = 0x5EE0u;
}
