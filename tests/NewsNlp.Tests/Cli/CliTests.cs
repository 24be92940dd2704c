using NewsNlp.Cli;
using NewsNlp.Documents;
using NewsNlp.Ingestion;
using NewsNlp.Tests.Support;
using Spectre.Console.Cli;

namespace NewsNlp.Tests.Cli;

[Collection("Console")]
public class CliTests
{
    private static int Run(params string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("newsnlp");
            CliSetup.Configure(config);
        });
        return app.Run(args);
    }

    [Fact]
    public void RunExitsZeroWhenEveryRecordIsProcessed()
    {
        using var dir = new TempDirectory();
        Assert.Equal(ExitCodes.Ok, Run("run", "--input", RepoFiles.Samples, "--output", dir.File("out"), "--workers", "1"));
        Assert.True(File.Exists(dir.File("out/run.json")));
    }

    [Fact]
    public void AnOptionTheCommandDoesNotHaveIsAnErrorNotIgnored()
    {
        using var dir = new TempDirectory();
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            // Without the unknown option this run succeeds (see above).
            Assert.Equal(ExitCodes.Fatal, Run("run", "--input", RepoFiles.Samples, "--output", dir.File("out"), "--dev"));
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.False(File.Exists(dir.File("out/run.json")));
    }

    [Fact]
    public void RunExitsTwoWhenSomeRecordsAreRejected()
    {
        using var dir = new TempDirectory();
        dir.WriteText("in/a.jsonl", "{\"text\":\"Fine text.\"}\nbroken\n");
        Assert.Equal(ExitCodes.SomeRejected, Run("run", "--input", dir.File("in"), "--output", dir.File("out"), "--format", "csv"));
        Assert.False(File.Exists(dir.File("out/documents.jsonl")));
        Assert.True(File.Exists(dir.File("out/rejected.csv")));
    }

    [Theory]
    [InlineData("run", "--input", "/definitely/not/here", "--output", "/tmp/x")]
    [InlineData("run", "--output", "/tmp/x")]
    [InlineData("run", "--input", ".", "--output", "/tmp/x", "--format", "xml")]
    [InlineData("run", "--no-such-option")]
    [InlineData("run", "--input", ".", "--output", "/tmp/x", "--fields", "colour=red")]
    [InlineData("inspect", "/definitely/not/here.txt")]
    public void UsageAndFatalErrorsExitOneWithOneLine(params string[] args)
    {
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.Equal(ExitCodes.Fatal, Run(args));
        }
        finally
        {
            Console.SetError(original);
        }

        var text = error.ToString().TrimEnd();
        Assert.StartsWith("error: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
        Assert.DoesNotContain(" at NewsNlp", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run", "--help")]
    [InlineData("inspect", "--help")]
    [InlineData("bench", "--help")]
    [InlineData("--help")]
    public void EveryCommandHasHelp(params string[] args) => Assert.Equal(0, Run(args));

    [Fact]
    public void InspectShowsEditsAsADiff()
    {
        var article = ArticleFactory.Create(new RawRecord { Source = "s", Record = "0", Text = "russia said" });
        article.ApplyEdits([new Edit(EditKind.Casing, "truecase", new TextSpan(0, 6), "russia", "Russia", 0.9)]);
        Assert.Equal("[red][[-russia-]][/][green]{+Russia+}[/] said", ArticleReport.DiffMarkup(article));
    }
}
