using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Output;

/// <summary>
/// One article as output rows, values in <see cref="OutputSchema"/> column order. Values are string, int,
/// double or null; null is an empty cell: a count or layer no stage produced stays empty, never zero.
/// The CSV and JSONL writers both read these rows, so the two can never disagree.
/// </summary>
public sealed class ArticleRows
{
    private ArticleRows(object?[] article, IReadOnlyList<object?[]>[] details)
    {
        Article = article;
        Details = details;
    }

    public object?[] Article { get; }

    /// <summary>Rows of each table of <see cref="OutputSchema.DetailTables"/>, same order.</summary>
    public IReadOnlyList<object?[]>[] Details { get; }

    /// <param name="article">The analysed article.</param>
    /// <param name="provided">The layers the pipeline produces; counts of the others are left empty.</param>
    public static ArticleRows Build(Article article, Layer provided)
    {
        ArgumentNullException.ThrowIfNull(article);
        var analysed = article.Status == ArticleStatus.Ok;
        int? Count(Layer layer, int count) => analysed && (provided & layer) != 0 ? count : null;
        var entityById = new Dictionary<int, Entity>();
        foreach (var entity in article.Entities)
        {
            entityById.TryAdd(entity.Id, entity);
        }

        object?[] articleRow =
        [
            article.DocId, article.Source, article.Record, article.Title, article.Published, article.Language,
            StatusName(article.Status), article.Raw.Length, article.Clean.Length,
            Count(Layer.Sentences, article.Sentences.Count), Count(Layer.Tokens, article.Tokens.Length),
            Count(Layer.Entities, article.Entities.Count), Count(Layer.Quotes, article.Quotes.Count), article.Edits.Count,
        ];
        return new ArticleRows(articleRow, [
            EditRows(article), EntityRows(article), MentionRows(article), QuoteRows(article), StanceRows(article, entityById),
        ]);
    }

    public static string StatusName(ArticleStatus status) => status switch
    {
        ArticleStatus.UnsupportedLanguage => "unsupported_language",
        _ => "ok",
    };

    private static List<object?[]> EditRows(Article a) => a.Edits.Select((e, i) => new object?[]
    {
        a.DocId, i, Lower(e.Kind), e.Rule, e.Source.Start, e.Source.End, e.Before, e.After, Probability(e.Confidence),
    }).ToList();

    private static List<object?[]> EntityRows(Article a) => a.Entities.Select(e => new object?[]
    {
        a.DocId, e.Id, e.Name, e.Type, e.Role, e.KbKey, e.Mentions, e.FirstStart,
    }).ToList();

    private static List<object?[]> MentionRows(Article a) => a.Mentions.Select((m, i) =>
    {
        var source = a.ToSource(m.Span);
        return new object?[]
        {
            a.DocId, i, Optional(m.EntityId), a.TextOf(m.Span).ToString(), m.Type, Lower(m.Kind), m.Start, m.End,
            source.Start, source.End, Optional(m.Sentence),
        };
    }).ToList();

    private static List<object?[]> QuoteRows(Article a) => a.Quotes.Select(q =>
    {
        var source = a.ToSource(q.Content);
        return new object?[]
        {
            a.DocId, q.Id, Lower(q.Kind), a.TextOf(q.Content).ToString(), q.Content.Start, q.Content.End, source.Start, source.End,
            Optional(q.SpeakerEntityId), TextOrNull(a, q.SpeakerSpan), q.SpeakerName, TextOrNull(a, q.Cue), q.CueLemma,
            Optional(q.Sentence), Probability(q.Confidence),
        };
    }).ToList();

    private static List<object?[]> StanceRows(Article a, Dictionary<int, Entity> entities) => a.Stances.Select(s =>
    {
        var entity = entities.GetValueOrDefault(s.EntityId);
        return new object?[]
        {
            a.DocId, s.EntityId, entity?.Name, entity?.Type, s.Target, Lower(s.Stance), Probability(s.Confidence),
            Probability(s.PSupport), Probability(s.POppose), Probability(s.PNeutral),
            s.Portrayal is { } p ? Lower(p) : null, s.PortrayalConfidence is { } pc ? Probability(pc) : null,
            s.EvidenceCount, string.Join(';', s.EvidenceQuoteIds), TextOrNull(a, s.EvidenceSpan), s.Model,
        };
    }).ToList();

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static int? Optional(int id) => id < 0 ? null : id;

    private static string? TextOrNull(Article a, TextSpan? span) => span is { } s ? a.TextOf(s).ToString() : null;

    // Four decimals: enough for a probability, and the same bytes on every machine.
    private static double Probability(double value) => Math.Round(value, 4, MidpointRounding.ToEven);
}
