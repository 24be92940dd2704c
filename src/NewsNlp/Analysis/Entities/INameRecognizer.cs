using NewsNlp.Analysis.Tagging;
using NewsNlp.Documents;

namespace NewsNlp.Analysis.Entities;

/// <summary>Finds the names in one sentence's tokens: the fast recogniser (<see cref="EntityRecognizer"/>) or the accurate one.</summary>
public interface INameRecognizer
{
    /// <summary>Wants tokens the part-of-speech tagger has tagged.</summary>
    bool UsesPartOfSpeech { get; }

    /// <summary>The gazetteer whose hits <see cref="Recognize"/> reports.</summary>
    Gazetteer Gazetteer { get; }

    /// <summary>The word lists the recogniser reads (how a word is cased in a dictionary).</summary>
    WordListLexicon Lexicon { get; }

    /// <summary>
    /// Appends the names in <paramref name="tokens"/> to <paramref name="output"/>; pass the same
    /// <paramref name="memory"/> for every sentence of a document, in order (or null). When
    /// <paramref name="hits"/> is given (one per token), it receives the gazetteer matches.
    /// </summary>
    void Recognize(string text, ReadOnlySpan<Token> tokens, DocumentMemory? memory, List<RecognizedName> output, Span<GazetteerHit> hits = default);
}
