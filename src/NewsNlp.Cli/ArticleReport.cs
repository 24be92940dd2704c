using System.Text;
using NewsNlp.Documents;
using NewsNlp.Output;
using NewsNlp.Pipeline;
using Spectre.Console;

namespace NewsNlp.Cli;

/// <summary>
/// Prints an article for a human: metadata, the text with every edit shown as a diff ([-removed-]{+added+},
/// coloured on a terminal), then entities, quotes and stances — or which stage has not filled them.
/// </summary>
public static class ArticleReport
{
    public static void Write(IAnsiConsole console, Article article, Layer provided)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(article);
        console.Write(new Rule(Markup.Escape(article.Title.Length > 0 ? article.Title : article.DocId)).LeftJustified());
        console.MarkupLineInterpolated($"doc_id [bold]{article.DocId}[/]  source {article.Source}#{article.Record}  published {article.Published ?? "-"}  language {(article.Language.Length > 0 ? article.Language : "-")}  status {ArticleRows.StatusName(article.Status)}");
        console.MarkupLineInterpolated($"{article.Raw.Length} raw chars → {article.Clean.Length} clean chars, {article.Edits.Count} edits");
        console.WriteLine();
        console.Markup(DiffMarkup(article));
        console.WriteLine();
        console.WriteLine();

        var rows = ArticleRows.Build(article, provided);
        Section(console, "entities", OutputSchema.Entities, rows.Details[1], (provided & Layer.Entities) != 0);
        Section(console, "quotes", OutputSchema.Quotes, rows.Details[3], (provided & Layer.Quotes) != 0);
        Section(console, "stances", OutputSchema.Stances, rows.Details[4], (provided & Layer.Stances) != 0);
    }

    /// <summary>The raw text with each edit as [-before-]{+after+}, as Spectre markup.</summary>
    public static string DiffMarkup(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var builder = new StringBuilder(article.Raw.Length + (article.Edits.Count * 24));
        var position = 0;
        foreach (var edit in article.Edits)
        {
            builder.Append(Markup.Escape(article.Raw[position..edit.Source.Start]));
            if (edit.Before.Length > 0)
            {
                builder.Append("[red][[-").Append(Markup.Escape(edit.Before)).Append("-]][/]");
            }

            if (edit.After.Length > 0)
            {
                builder.Append("[green]{+").Append(Markup.Escape(edit.After)).Append("+}[/]");
            }

            if (edit.Before.Length == 0 && edit.After.Length == 0)
            {
                builder.Append("[dim]{").Append(Markup.Escape(edit.Rule)).Append("}[/]");
            }

            position = edit.Source.End;
        }

        builder.Append(Markup.Escape(article.Raw[position..]));
        return builder.ToString();
    }

    private static void Section(IAnsiConsole console, string name, TableSchema schema, IReadOnlyList<object?[]> rows, bool provided)
    {
        if (!provided)
        {
            console.MarkupLineInterpolated($"[dim]{name}: no stage of this pipeline produces them yet[/]");
            return;
        }

        if (rows.Count == 0)
        {
            console.MarkupLineInterpolated($"{name}: none");
            return;
        }

        var table = new Spectre.Console.Table().Title(name);
        foreach (var column in schema.Columns.Skip(1))
        {
            table.AddColumn(Markup.Escape(column));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Skip(1).Select(v => Markup.Escape(CsvTableWriter.Cell(v))).ToArray());
        }

        console.Write(table);
    }
}
