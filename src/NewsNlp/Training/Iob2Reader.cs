namespace NewsNlp.Training;

/// <summary>
/// Reads Universal NER IOB2 files: "# newdoc id" / "# sent_id" comments, then one "index word label …"
/// line per word, a blank line after each sentence.
/// </summary>
public static class Iob2Reader
{
    public static IEnumerable<EntitySentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader))
        {
            yield return sentence;
        }
    }

    public static IEnumerable<EntitySentence> Read(TextReader reader)
    {
        var docId = string.Empty;
        var words = new List<string>();
        var labels = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new EntitySentence(docId, words.ToArray(), EntitySentence.FromIob(labels));
                    words.Clear();
                    labels.Clear();
                }

                continue;
            }

            if (line[0] == '#')
            {
                const string NewDoc = "# newdoc id =";
                if (line.StartsWith(NewDoc, StringComparison.Ordinal))
                {
                    docId = line[NewDoc.Length..].Trim();
                }

                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length >= 3)
            {
                words.Add(cols[1]);
                labels.Add(cols[2]);
            }
        }

        if (words.Count > 0)
        {
            yield return new EntitySentence(docId, words.ToArray(), EntitySentence.FromIob(labels));
        }
    }
}
