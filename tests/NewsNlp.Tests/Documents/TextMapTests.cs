using NewsNlp.Documents;

namespace NewsNlp.Tests.Documents;

public class TextMapTests
{
    [Fact]
    public void RandomEditsRebuildTheCleanTextAndMapUntouchedTextBack()
    {
        var random = new Random(42);
        for (var trial = 0; trial < 300; trial++)
        {
            var raw = RandomText(random, random.Next(0, 80));
            var edits = RandomEdits(random, raw);
            var article = new Article("d", "s", "0", raw);
            article.ApplyEdits(edits);

            // Applying the edits by hand, from the end, gives the cleaned text.
            var expected = raw;
            foreach (var e in edits.OrderByDescending(e => e.Source.Start))
            {
                expected = expected[..e.Source.Start] + e.After + expected[e.Source.End..];
            }

            Assert.Equal(expected, article.Clean);
            Assert.Equal(edits.Count, article.Edits.Count);

            // Every cleaned character outside an inserted text maps to the same raw character.
            var inserted = InsertedRanges(article);
            for (var i = 0; i < article.Clean.Length; i++)
            {
                if (!inserted.Any(r => r.Contains(i)))
                {
                    var source = article.ToSource(new TextSpan(i, i + 1));
                    Assert.Equal(1, source.Length);
                    Assert.Equal(article.Clean[i], raw[source.Start]);
                }
            }

            // A span covering an edit's replacement maps to the edit's raw range.
            foreach (var (edit, range) in article.Edits.Zip(inserted))
            {
                if (!range.IsEmpty)
                {
                    Assert.Equal(edit.Source, article.ToSource(range));
                }
            }
        }
    }

    [Fact]
    public void IngestionEditsSurviveTheRepairStagesApplyEdits()
    {
        var article = new Article("d", "s", "0", "Caf\u00e9 russia");
        var decode = new Edit(EditKind.Encoding, "decode-windows-1252", new TextSpan(0, 0), string.Empty, string.Empty, 1.0);
        article.RecordIngestionEdit(decode);
        article.ApplyEdits([new Edit(EditKind.Casing, "truecase", new TextSpan(5, 11), "russia", "Russia", 0.9)]);
        Assert.Equal("Caf\u00e9 Russia", article.Clean);
        Assert.Equal(["decode-windows-1252", "truecase"], article.Edits.Select(e => e.Rule));
        Assert.Equal(new TextSpan(5, 11), article.ToSource(new TextSpan(5, 11)));
    }

    private static List<TextSpan> InsertedRanges(Article article)
    {
        // Edits are ordered and disjoint: walk them keeping the shift between raw and clean offsets.
        var ranges = new List<TextSpan>();
        var shift = 0;
        foreach (var e in article.Edits)
        {
            var start = e.Source.Start + shift;
            ranges.Add(new TextSpan(start, start + e.After.Length));
            shift += e.After.Length - e.Source.Length;
        }

        return ranges;
    }

    private static List<Edit> RandomEdits(Random random, string raw)
    {
        var edits = new List<Edit>();
        var position = 0;
        while (position <= raw.Length && random.Next(3) > 0)
        {
            var start = random.Next(position, raw.Length + 1);
            var end = Math.Min(raw.Length, start + random.Next(0, 4));
            var after = RandomText(random, random.Next(0, 4));
            edits.Add(new Edit(EditKind.Spacing, "random", new TextSpan(start, end), raw[start..end], after, 1.0));
            position = end + 1;
        }

        // Any order in, ordered out.
        return edits.OrderBy(_ => random.Next()).ToList();
    }

    private static string RandomText(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => "abcde ,.XYZ"[random.Next(11)]).ToArray());
}
