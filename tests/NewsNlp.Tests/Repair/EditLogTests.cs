using NewsNlp.Documents;
using NewsNlp.Repair;

namespace NewsNlp.Tests.Repair;

public class EditLogTests
{
    [Fact]
    public void EditsOfLaterPassesMapBackToRawCoordinates()
    {
        var log = new EditLog("ab,cd");
        log.Apply([new PendingEdit(3, 3, " ", EditKind.Spacing, "after-comma", 1)]);
        log.Apply([new PendingEdit(4, 6, "CD", EditKind.Casing, "truecase", 1)]);

        Assert.Equal("ab, CD", log.Current);
        var edits = log.ToEdits();
        Assert.Equal(2, edits.Count);
        Assert.Equal(new TextSpan(3, 3), edits[0].Source);
        Assert.Equal(new TextSpan(3, 5), edits[1].Source);
        Assert.Equal("cd", edits[1].Before);
    }

    [Fact]
    public void AnEditTouchingAnEarlierOneIsMergedWithIt()
    {
        var log = new EditLog("x â€™ y");
        log.Apply([new PendingEdit(2, 5, "’", EditKind.Encoding, "mojibake", 1)]);
        log.Apply([new PendingEdit(2, 3, "'", EditKind.Encoding, "other", 0.7)]);

        var edit = Assert.Single(log.ToEdits());
        Assert.Equal(new TextSpan(2, 5), edit.Source);
        Assert.Equal("'", edit.After);
        Assert.Equal("mojibake+other", edit.Rule);
        Assert.Equal(0.7, edit.Confidence);
    }

    [Fact]
    public void PropertyApplyingTheEditsToRawYieldsTheCurrentText()
    {
        var random = new Random(12345);
        for (var trial = 0; trial < 300; trial++)
        {
            var raw = RandomText(random, random.Next(0, 60));
            var log = new EditLog(raw);
            for (var pass = 0; pass < 5; pass++)
            {
                log.Apply(RandomEdits(random, log.Current));
                var (clean, _) = TextMap.Apply(raw, log.ToEdits());
                Assert.Equal(log.Current, clean);
            }
        }
    }

    [Fact]
    public void PropertyTheStageKeepsEditsAndCleanTextConsistentOnHostileStrings()
    {
        var random = new Random(99);
        var stage = new RepairStage(RepairOptions.Default, RepairFixtures.TinyModels());
        for (var trial = 0; trial < 300; trial++)
        {
            var raw = RandomText(random, random.Next(0, 200));
            var article = RepairFixtures.Repair(stage, raw);
            var (clean, _) = TextMap.Apply(raw, article.Edits);
            Assert.Equal(article.Clean, clean);
            Assert.Equal(stage.Repair(raw, english: true).Current, article.Clean);
        }
    }

    private const string Alphabet = "aBc dE,.;:?!\n\t  |-’“”\"'()&amp;Ã©â€™\u200B\u0301\uD800xyz1234 https://www.x.org U.S. russia woudl ";

    private static string RandomText(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    private static List<PendingEdit> RandomEdits(Random random, string text)
    {
        var edits = new List<PendingEdit>();
        var pos = 0;
        while (pos <= text.Length && random.NextDouble() < 0.8)
        {
            var start = random.Next(pos, text.Length + 1);
            var end = Math.Min(text.Length, start + random.Next(0, 4));
            edits.Add(new PendingEdit(start, end, new string('#', random.Next(0, 3)), EditKind.Whitespace, "random", 1));
            pos = end;
        }

        return edits;
    }
}
