namespace NewsNlp.Training;

/// <summary>One syntactic word of a CoNLL-U sentence.</summary>
public sealed record ConlluWord(int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string DepRel, string Misc)
{
    /// <summary>False when MISC has SpaceAfter=No.</summary>
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);

    /// <summary>The value of a MISC attribute (e.g. "Entity"), or null.</summary>
    public string? MiscValue(string key)
    {
        foreach (var part in Misc.Split('|'))
        {
            if (part.Length > key.Length && part[key.Length] == '=' && part.StartsWith(key, StringComparison.Ordinal))
            {
                return part[(key.Length + 1)..];
            }
        }

        return null;
    }
}

/// <summary>A multiword token line ("3-4 wasn't"): the surface form of several syntactic words.</summary>
public sealed record ConlluMultiword(int FirstId, int LastId, string Form, bool SpaceAfter);

/// <summary>A CoNLL-U sentence with its document and paragraph context.</summary>
public sealed class ConlluSentence
{
    public string DocId { get; init; } = string.Empty;

    public string SentId { get; init; } = string.Empty;

    /// <summary>The # text comment; reconstructed from the tokens when absent.</summary>
    public string Text { get; set; } = string.Empty;

    public bool StartsDocument { get; init; }

    public bool StartsParagraph { get; init; }

    /// <summary>All comment lines as key → value ("meta::title", "s_type", …).</summary>
    public IReadOnlyDictionary<string, string> Comments { get; init; } = new Dictionary<string, string>();

    public List<ConlluWord> Words { get; } = [];

    public List<ConlluMultiword> Multiwords { get; } = [];

    /// <summary>
    /// Surface tokens as they appear in <see cref="Text"/>: a multiword token counts once, every other word once.
    /// Each item gives the surface form, the index range of its words and its character span in Text
    /// (found by scanning forward, so it is robust to the spaces SpaceAfter records).
    /// </summary>
    public IReadOnlyList<(string Form, int FirstWord, int LastWord, int Start, int End)> SurfaceTokens()
    {
        var result = new List<(string, int, int, int, int)>(Words.Count);
        var pos = 0;
        var w = 0;
        while (w < Words.Count)
        {
            var multi = Multiwords.FirstOrDefault(m => m.FirstId == Words[w].Id);
            string form;
            int last;
            if (multi != null)
            {
                form = multi.Form;
                last = w + (multi.LastId - multi.FirstId);
            }
            else
            {
                form = Words[w].Form;
                last = w;
            }

            var at = Text.IndexOf(form, pos, StringComparison.Ordinal);
            if (at < 0)
            {
                // Rare disagreements between form and text (normalised quotes): keep the cursor, mark empty span.
                result.Add((form, w, last, pos, pos));
            }
            else
            {
                result.Add((form, w, last, at, at + form.Length));
                pos = at + form.Length;
            }

            w = last + 1;
        }

        return result;
    }
}

/// <summary>
/// Streams sentences from a CoNLL-U file (UD EWT, GUM). Multiword token lines are kept apart from the
/// syntactic words; empty nodes (ids like 8.1) are skipped.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader))
        {
            yield return sentence;
        }
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        var docId = string.Empty;
        var comments = new Dictionary<string, string>(StringComparer.Ordinal);
        var newDoc = false;
        var newPar = false;
        ConlluSentence? current = null;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length == 0)
            {
                if (current != null)
                {
                    yield return Finish(current);
                    current = null;
                    comments = new Dictionary<string, string>(StringComparer.Ordinal);
                    newDoc = false;
                    newPar = false;
                }

                continue;
            }

            if (line[0] == '#')
            {
                var body = line.AsSpan(1).Trim();
                var eq = body.IndexOf('=');
                var key = (eq < 0 ? body : body[..eq]).Trim().ToString();
                var value = eq < 0 ? string.Empty : body[(eq + 1)..].Trim().ToString();
                if (key == "newdoc id" || key == "newdoc")
                {
                    docId = value;
                    newDoc = true;
                    newPar = true;
                }
                else if (key.StartsWith("newpar", StringComparison.Ordinal) && key != "newpar_block")
                {
                    newPar = true;
                }

                comments[key] = value;
                continue;
            }

            current ??= new ConlluSentence
            {
                DocId = docId,
                SentId = comments.GetValueOrDefault("sent_id", string.Empty),
                Text = comments.GetValueOrDefault("text", string.Empty),
                StartsDocument = newDoc,
                StartsParagraph = newPar,
                Comments = comments,
            };

            var cols = line.Split('\t');
            if (cols.Length < 10)
            {
                continue;
            }

            var id = cols[0];
            var dash = id.IndexOf('-');
            if (dash > 0)
            {
                current.Multiwords.Add(new ConlluMultiword(
                    int.Parse(id[..dash], System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(id[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture),
                    cols[1],
                    !cols[9].Contains("SpaceAfter=No", StringComparison.Ordinal)));
                continue;
            }

            if (id.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            _ = int.TryParse(cols[6], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var head);
            current.Words.Add(new ConlluWord(
                int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7], cols[9]));
        }

        if (current != null)
        {
            yield return Finish(current);
        }
    }

    private static ConlluSentence Finish(ConlluSentence sentence)
    {
        if (sentence.Text.Length == 0)
        {
            var builder = new System.Text.StringBuilder();
            foreach (var w in sentence.Words)
            {
                builder.Append(w.Form);
                if (w.SpaceAfter)
                {
                    builder.Append(' ');
                }
            }

            sentence.Text = builder.ToString().TrimEnd();
        }

        return sentence;
    }

    /// <summary>
    /// Groups sentences into documents and rebuilds each document's running text: sentences joined by a
    /// space, paragraphs by a newline (or by a space too when <paramref name="paragraphBreaks"/> is false,
    /// to measure what the line breaks are worth). Returns the text and each sentence's start offset in it.
    /// Shared by every evaluation that needs whole documents (sentence splitting, quotes, truecasing).
    /// </summary>
    public static IEnumerable<(string DocId, string Text, IReadOnlyList<(ConlluSentence Sentence, int Start)> Sentences)> Documents(IEnumerable<ConlluSentence> sentences, bool paragraphBreaks = true)
    {
        var builder = new System.Text.StringBuilder();
        var list = new List<(ConlluSentence, int)>();
        string? doc = null;
        foreach (var s in sentences)
        {
            if (doc != null && (s.StartsDocument || s.DocId != doc))
            {
                yield return (doc, builder.ToString(), list);
                builder.Clear();
                list = [];
            }

            doc = s.DocId;
            if (builder.Length > 0)
            {
                builder.Append(s.StartsParagraph && paragraphBreaks ? '\n' : ' ');
            }

            list.Add((s, builder.Length));
            builder.Append(s.Text);
        }

        if (doc != null)
        {
            yield return (doc, builder.ToString(), list);
        }
    }
}
