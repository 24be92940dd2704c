using NewsNlp.Documents;

namespace NewsNlp.Repair;

/// <summary>
/// Turns the lines of the cleaned text into blocks (headings, paragraphs, list items, table rows, FAQ
/// questions and answers) and markdown tables into <see cref="Table"/>s with a header and cell rows.
/// </summary>
internal static class BlockBuilder
{
    public static void Build(Article article)
    {
        var text = article.Clean;
        var lines = LineClassifier.Classify(text);
        var inFaq = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case LineKind.Blank:
                case LineKind.TableSeparator:
                    break;
                case LineKind.TableRow:
                    i = AddTable(article, lines, i) - 1;
                    break;
                case LineKind.Heading:
                    var heading = line.Of(text);
                    inFaq = heading.Contains("frequently asked", StringComparison.OrdinalIgnoreCase) || heading.Trim().Equals("faq", StringComparison.OrdinalIgnoreCase)
                        || (inFaq && heading.TrimEnd().EndsWith('?'));
                    article.Blocks.Add(new Block(inFaq && heading.TrimEnd().EndsWith('?') ? BlockKind.Question : BlockKind.Heading, line.Start, line.End));
                    break;
                default:
                    AddTextBlock(article, text, line, inFaq);
                    break;
            }
        }
    }

    private static void AddTextBlock(Article article, string text, Line line, bool inFaq)
    {
        var start = LineClassifier.ContentStart(text, line);
        if (!inFaq)
        {
            article.Blocks.Add(new Block(line.Kind == LineKind.ListItem ? BlockKind.ListItem : BlockKind.Paragraph, line.Start, line.End));
            return;
        }

        // In a FAQ, "What is X? X is …" holds a question and its answer on one line.
        var question = text.IndexOf("? ", start, line.End - start, StringComparison.Ordinal);
        if (question < 0)
        {
            var isQuestion = line.End > start && text[line.End - 1] == '?';
            article.Blocks.Add(new Block(isQuestion ? BlockKind.Question : BlockKind.Answer, start, line.End));
            return;
        }

        article.Blocks.Add(new Block(BlockKind.Question, start, question + 1));
        article.Blocks.Add(new Block(BlockKind.Answer, question + 2, line.End));
    }

    // Consecutive table lines form one table: the first row is the header, separator rows are skipped.
    private static int AddTable(Article article, List<Line> lines, int first)
    {
        var text = article.Clean;
        List<string>? header = null;
        var rows = new List<IReadOnlyList<string>>();
        var end = first;
        while (end < lines.Count && lines[end].Kind is LineKind.TableRow or LineKind.TableSeparator)
        {
            var line = lines[end];
            if (line.Kind == LineKind.TableRow)
            {
                article.Blocks.Add(new Block(BlockKind.TableRow, line.Start, line.End));
                var cells = Cells(line.Of(text));
                if (header == null)
                {
                    header = cells;
                }
                else
                {
                    rows.Add(cells);
                }
            }

            end++;
        }

        article.Tables.Add(new Table(lines[first].Start, lines[end - 1].End, header ?? [], rows));
        return end;
    }

    private static List<string> Cells(ReadOnlySpan<char> row)
    {
        var trimmed = row.Trim().Trim('|');
        var cells = new List<string>();
        foreach (var range in trimmed.Split('|'))
        {
            cells.Add(trimmed[range].Trim().ToString());
        }

        return cells;
    }
}
