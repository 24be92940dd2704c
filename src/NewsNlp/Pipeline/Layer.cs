namespace NewsNlp.Pipeline;

/// <summary>The annotation layers a stage may require or provide (CoreNLP's requirements, as flags).</summary>
[Flags]
public enum Layer
{
    None = 0,

    /// <summary>Raw text and metadata from ingestion; every article has it.</summary>
    Raw = 1 << 0,

    /// <summary>Cleaned text, offset map and edits.</summary>
    CleanText = 1 << 1,

    /// <summary>Blocks (paragraphs, headings, list items) and tables of the cleaned text.</summary>
    Blocks = 1 << 2,

    Tokens = 1 << 3,
    Sentences = 1 << 4,
    PartOfSpeech = 1 << 5,

    /// <summary>Named-entity mentions (typed spans).</summary>
    Mentions = 1 << 6,

    /// <summary>Mentions merged into entities, with roles and kb keys.</summary>
    Entities = 1 << 7,

    Quotes = 1 << 8,
    Stances = 1 << 9,
}
