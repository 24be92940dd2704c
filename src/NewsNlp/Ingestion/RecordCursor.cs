namespace NewsNlp.Ingestion;

/// <summary>Where a reader is in its file, so a failure that ends the file can name the record it hit.</summary>
internal sealed class RecordCursor
{
    /// <summary>0 before the first record; the 1-based line or row after.</summary>
    public int Index { get; set; }

    public string Label => Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
