using NewsNlp.Documents;
using NewsNlp.Repair;

namespace NewsNlp.Tests.Repair;

/// <summary>Hostile input finishes without throwing, and its edits stay consistent with the cleaned text.</summary>
public class BadInputTests
{
    private static readonly RepairStage Stage = new(RepairOptions.Default, RepairFixtures.TinyModels());

    public static TheoryData<string> HostileTexts() => new()
    {
        string.Empty,
        "   \n\n\t ",
        "1234 5678 !!! ??? ... ,,, ;;; :::",
        new string('.', 20_000),
        new string(',', 10_000) + "a" + new string('?', 10_000),
        string.Concat(Enumerable.Repeat("a,b.C", 5_000)),
        "broken \uD800 surrogate \uDC00 and \uD83D",
        "mixed Ελληνικά, русский,текст and 中文。日本語 with العربية.",
        new string('|', 5_000) + "\n|---|\n" + new string('-', 5_000),
        string.Concat(Enumerable.Repeat("Ã", 10_000)) + string.Concat(Enumerable.Repeat("&amp", 5_000)),
        string.Concat(Enumerable.Repeat("\u0301", 3_000)),
        string.Concat(Enumerable.Repeat("“(", 10_000)),
        string.Concat(Enumerable.Repeat("`a ``b ```\n", 3_000)) + new string('`', 10_000),
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void HostileTextIsRepairedConsistently(string raw)
    {
        var article = RepairFixtures.Repair(Stage, raw);
        Assert.Equal(article.Clean, TextMap.Apply(raw, article.Edits).Clean);
    }

    [Fact]
    public void AFiveMegabyteLineFinishes()
    {
        var raw = string.Concat(Enumerable.Repeat("word,Word.Next russia woudl 3.5 x ", 5_000_000 / 34));
        var article = RepairFixtures.Repair(Stage, raw);
        Assert.Equal(article.Clean, TextMap.Apply(raw, article.Edits).Clean);
        Assert.Contains("word, Word. Next Russia would", article.Clean, StringComparison.Ordinal);
    }
}
