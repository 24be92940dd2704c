namespace NewsNlp.Analysis.Entities;

/// <summary>A name the recogniser found: a token range of the sentence, its corpus type (PER, ORG, LOC) and confidence.</summary>
public readonly record struct RecognizedName(int FirstToken, int EndToken, string Type, float Confidence);
