namespace NewsNlp.Tests.Support;

/// <summary>Reads an output CSV file into rows keyed by column name (records may span lines, so a real parser).</summary>
public static class CsvTables
{
    public static List<Dictionary<string, string>> Records(string path)
    {
        using var reader = CsvHelper.CsvReader.FromFile(path, new CsvHelper.CsvReaderOptions { HasHeader = true });
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var headers = reader.Headers;
            rows.Add(Enumerable.Range(0, headers.Count).ToDictionary(i => headers[i], i => reader.GetString(i)));
        }

        return rows;
    }
}
