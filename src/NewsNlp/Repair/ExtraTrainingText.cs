namespace NewsNlp.Repair;

/// <summary>
/// Extra cased text for the truecaser, from a folder the user fetched (never the repository): every
/// <c>*.txt</c> file, read in name order. Files named after a year ("2010_barack_obama_d.txt", as in the
/// State of the Union package) are kept only from <c>fromYear</c> on: older English capitalises common
/// nouns ("the Government", "the Union"). Stage directions in brackets ("(Applause.)") are dropped, and
/// each file is cut into article-sized documents at sentence ends, so the document-level features see
/// texts the size of the articles they will meet.
/// </summary>
public static class ExtraTrainingText
{
    /// <summary>About the length of a news article; a document ends at the first sentence end after it.</summary>
    private const int DocumentChars = 4000;

    /// <summary>The documents of the <c>*.txt</c> files under <paramref name="directory"/>, in a fixed order.</summary>
    public static List<string> Documents(string directory, int fromYear)
    {
        var documents = new List<string>();
        var files = Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (YearOf(Path.GetFileName(file)) is { } year && year < fromYear)
            {
                continue;
            }

            Split(WithoutStageDirections(File.ReadAllText(file)), documents);
        }

        return documents;
    }

    /// <summary>The year a file name starts with ("1990_george_bush_r.txt"), or null.</summary>
    public static int? YearOf(string fileName)
        => fileName.Length > 4 && int.TryParse(fileName.AsSpan(0, 4), out var year) && !char.IsDigit(fileName[4]) ? year : null;

    /// <summary>The text without bracketed one- or two-word asides ending in a period: "(Applause.)", "(Laughter.)".</summary>
    public static string WithoutStageDirections(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var close = text[i] == '(' ? text.IndexOf(')', i) : -1;
            if (close > i + 2 && close - i < 30 && text[close - 1] == '.' && !text.AsSpan(i, close - i).ContainsAny(',', ';'))
            {
                i = close + 1;
                if (i < text.Length && text[i] == ' ' && result.Length > 0 && result[^1] == ' ')
                {
                    i++;
                }

                continue;
            }

            result.Append(text[i]);
            i++;
        }

        return result.ToString();
    }

    // Cuts at the first ". " followed by a capital after every DocumentChars characters.
    private static void Split(string text, List<string> documents)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = start + DocumentChars;
            while (end < text.Length - 2 && !(text[end] == '.' && text[end + 1] == ' ' && char.IsUpper(text[end + 2])))
            {
                end++;
            }

            end = Math.Min(text.Length, end + 1);
            var document = text[start..end].Trim();
            if (document.Length > 0)
            {
                documents.Add(document);
            }

            start = end;
        }
    }
}
