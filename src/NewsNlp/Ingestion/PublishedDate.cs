using System.Globalization;

namespace NewsNlp.Ingestion;

/// <summary>Normalises a published field to ISO 8601: a date as yyyy-MM-dd, a time as UTC yyyy-MM-ddTHH:mm:ssZ.</summary>
public static class PublishedDate
{
    private static readonly string[] DateOnlyFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "d MMM yyyy", "MMM d, yyyy", "dd.MM.yyyy"];

    /// <summary>The ISO 8601 form, or null when the value is not a date we can read unambiguously.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (DateOnly.TryParseExact(text, DateOnlyFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && text.Length >= 9 && text.Length <= 10)
        {
            // Unix seconds (2001-09-09 onward): common in scraped feeds.
            return Iso(DateTimeOffset.FromUnixTimeSeconds(seconds));
        }

        var styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var moment) ? Iso(moment) : null;
    }

    private static string Iso(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
