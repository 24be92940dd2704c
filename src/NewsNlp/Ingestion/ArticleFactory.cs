using NewsNlp.Documents;

namespace NewsNlp.Ingestion;

/// <summary>Builds the article of a record: its id, metadata and any edit made while decoding it.</summary>
public static class ArticleFactory
{
    public const string Windows1252Rule = "decode-windows-1252";

    public static Article Create(RawRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var docId = record.Id ?? RecordIds.Derive(record.Source, record.Record);
        var article = new Article(docId, record.Source, record.Record, record.Text)
        {
            Title = record.Title?.Trim() ?? string.Empty,
            Url = record.Url,
            Published = PublishedDate.Normalize(record.Published),
            Publisher = record.Publisher,
        };
        if (record.DecodedAsWindows1252)
        {
            // Zero-width: the text is unchanged, but the row says its bytes were not UTF-8.
            article.RecordIngestionEdit(new Edit(EditKind.Encoding, Windows1252Rule, new TextSpan(0, 0), string.Empty, string.Empty, 1.0));
        }

        return article;
    }
}
