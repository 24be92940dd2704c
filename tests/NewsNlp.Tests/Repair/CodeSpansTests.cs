using NewsNlp.Repair;

namespace NewsNlp.Tests.Repair;

/// <summary>Words inside markdown code are protected from casing and spelling repairs.</summary>
public class CodeSpansTests
{
    private static readonly RepairStage Stage = new(RepairOptions.Default, RepairModels.Default);

    private static List<string> ProtectedWords(string text)
    {
        var words = new List<WordToken>();
        WordScanner.Scan(text, words);
        CodeSpans.Protect(text, words);
        return [.. words.Where(w => w.Is(WordFlags.Protected)).Select(w => text[w.Start..w.End])];
    }

    [Fact]
    public void WordsBetweenBackticksOnOneLineAreProtected()
        => Assert.Equal(["newsnlp", "eval", "quotes", "notes", "md"], ProtectedWords("Then run `newsnlp eval quotes` and open ``notes.md`` to check."));

    [Fact]
    public void AFencedBlockIsProtectedUpToItsClosingFence()
        => Assert.Equal(["bash", "newsnlp", "eval", "repair"], ProtectedWords("Type this:\n```bash\nnewsnlp eval repair\n```\nand wait for it."));

    [Theory]
    [InlineData("A stray ` mark protects nothing here.")]
    [InlineData("An opening `mark and a line break\nclose nothing` either.")]
    [InlineData("Runs of `` two and ` one do not match.")]
    public void UnmatchedBackticksProtectNothing(string text) => Assert.Empty(ProtectedWords(text));

    [Fact]
    public void InlineCodeLongerThanAFewHundredCharactersIsNoCode()
        => Assert.Empty(ProtectedWords("`" + string.Concat(Enumerable.Repeat("word ", 200)) + "`"));

    [Fact]
    public void AnUnclosedFenceProtectsOnlyItsOwnLine()
        => Assert.Equal(["text"], ProtectedWords("```text\nthe rest of the article woudl follow."));

    [Fact]
    public void CommandsAndFileNamesInCodeAreNotRepaired()
    {
        const string raw = "To score the quotes, run `newsnlp eval quotes` and read `quotes/README.md` first.";
        Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);
    }

    [Theory]
    [InlineData("Run `newsnlp eval ner,pos` and open `out/Result.Json` next.")]
    [InlineData("Like this:\n```\nvar total=items.Count;list.Add(a,b);\n```\nThat is all.")]
    public void PunctuationInCodeGetsNoSpace(string raw) => Assert.Equal(raw, RepairFixtures.Repair(Stage, raw).Clean);

    [Fact]
    public void MissingSpacesAroundCodeAreStillRepaired()
        => Assert.Equal(
            "It failed, so run `a.b,c` again. Then stop.",
            RepairFixtures.Repair(Stage, "It failed,so run `a.b,c` again.Then stop.").Clean);

    [Fact]
    public void TextOutsideCodeIsStillRepaired()
        => Assert.Equal(
            "The tool would stop, so run `newsnlp eval repair` again.",
            RepairFixtures.Repair(Stage, "The tool woudl stop, so run `newsnlp eval repair` again.").Clean);
}
