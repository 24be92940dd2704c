using NewsNlp.Stance.Corpora;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Stance;

/// <summary>
/// The news stance set's NewsMTSC rows hold no corpus text: the reader takes the statement from the
/// corpus record the row's id names, at the row's offsets.
/// </summary>
public sealed class InDomainStanceReaderTests
{
    private const string Header = "id,article,split,topic,stakeholder,statement,statement_start,statement_end,label,source,notes\n";

    [Fact]
    public void CorpusRowsTakeTheirStatementFromTheNamedLineAndSpan()
    {
        using var dir = new TempDirectory();
        var corpora = dir.File("corpora");
        dir.WriteText("corpora/" + NewsMtscReader.OriginalTrain, """
            {"primary_gid": "a_1", "sentence_normalized": "Not this line."}
            {"primary_gid": "b_2", "sentence_normalized": "The senator said he backs the bill. More text."}
            """);
        var csv = dir.WriteText("stance/statements.csv", Header
            + "gum-x-1,gum:x,train,The bill should pass,Ann Lee,Ann Lee said she backs the bill.,,,support,gum,\n"
            + "newsmtsc-L2,newsmtsc:b,train,The bill should pass,senator,,4,35,support,newsmtsc,\n"
            + "newsmtsc-L2-b,newsmtsc:b,dev,The bill should pass,senator,,0,11,neutral,newsmtsc,\n");

        var train = InDomainStanceReader.Read([csv], "train", corpora);

        Assert.Equal(["Ann Lee said she backs the bill.", "senator said he backs the bill."], train.Select(p => p.Statement));
        Assert.Equal("The senator", Assert.Single(InDomainStanceReader.Read([csv], "dev", corpora)).Statement);
    }

    [Fact]
    public void TheStakeholderColumnIsKeptAndAnEmptyOneIsNull()
    {
        using var dir = new TempDirectory();
        var csv = dir.WriteText("stance/statements.csv", Header
            + "gum-x-1,gum:x,train,The bill should pass,Ann Lee,Ann Lee said she backs the bill.,,,support,gum,\n"
            + "gum-x-2,gum:x,train,The bill should pass, ,Critics said the bill goes too far.,,,oppose,gum,\n");

        var train = InDomainStanceReader.Read([csv], "train", dir.File("corpora"));

        Assert.Equal(["Ann Lee", null], train.Select(p => p.Stakeholder));
    }

    [Theory]
    [InlineData("newsmtsc-L9,newsmtsc:b,train,T,S,,0,4,support,newsmtsc,")]
    [InlineData("newsmtsc-L2,newsmtsc:b,train,T,S,,0,400,support,newsmtsc,")]
    [InlineData("gum-x-2,gum:x,train,T,S,,,,support,gum,")]
    public void ARowWithoutTextOrValidPointerIsAClearError(string row)
    {
        using var dir = new TempDirectory();
        dir.WriteText("corpora/" + NewsMtscReader.OriginalTrain, "{\"sentence_normalized\": \"x\"}\n{\"sentence_normalized\": \"A short one.\"}\n");
        var csv = dir.WriteText("stance/statements.csv", Header + row + "\n");

        var error = Assert.Throws<InvalidDataException>(() => InDomainStanceReader.Read([csv], "train", dir.File("corpora")));
        Assert.Contains("no statement", error.Message, StringComparison.Ordinal);
    }
}
