using NewsNlp.Quotes.Evaluation;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// NewsMTSC quote gold names each record by its line in the corpus file ("L3"), never by the corpus's
/// primary_gid, so the repository keeps no corpus text; the passages reader must hand out the same keys.
/// </summary>
public sealed class NewsMtscPassagesTests
{
    [Fact]
    public void RecordsAreKeyedByTheirLineNumberAfterTheSkippedOnes()
    {
        using var dir = new TempDirectory();
        dir.WriteText("corpora/news.jsonl", """
            {"primary_gid": "a_1_Ann Lee", "sentence_normalized": "First."}
            {"primary_gid": "b_2_Bo Chan", "sentence_normalized": "Second, said Bo."}
            {"primary_gid": "c_3_Cy Dee", "sentence_normalized": "Third."}
            """);
        var passages = new NewsMtscPassages("news.jsonl", Count: 1, GoldFile: "unused.jsonl", Skip: 1);

        var document = Assert.Single(passages.Documents(dir.File("corpora")));

        Assert.Equal(("L2", "Second, said Bo."), document);
        Assert.Equal("L2", NewsMtscPassages.RecordKey(2));
    }
}
