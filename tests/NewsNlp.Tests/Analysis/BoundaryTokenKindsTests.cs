using NewsNlp.Analysis.Sentences;

namespace NewsNlp.Tests.Analysis;

public class BoundaryTokenKindsTests
{
    // The kind is given by name because the enum is internal and a public test method cannot take it.
    [Theory]
    [InlineData("=====", nameof(BoundaryTokenKind.Separator))]
    [InlineData("***", nameof(BoundaryTokenKind.Separator))]
    [InlineData("----", nameof(BoundaryTokenKind.Separator))]
    [InlineData("---", nameof(BoundaryTokenKind.Other))]
    [InlineData("==-", nameof(BoundaryTokenKind.Other))]
    [InlineData("http://www.example.com/a.html", nameof(BoundaryTokenKind.Link))]
    [InlineData("www.example.org", nameof(BoundaryTokenKind.Link))]
    [InlineData("kay.mann@example.com", nameof(BoundaryTokenKind.Email))]
    [InlineData("@example.com", nameof(BoundaryTokenKind.Email))]
    [InlineData("@home", nameof(BoundaryTokenKind.Other))]
    [InlineData("UnleadedStocks.pdf", nameof(BoundaryTokenKind.FileName))]
    [InlineData("TEXT.htm", nameof(BoundaryTokenKind.FileName))]
    [InlineData("U.S.", nameof(BoundaryTokenKind.Other))]
    [InlineData(":-)", nameof(BoundaryTokenKind.Emoticon))]
    [InlineData(":P", nameof(BoundaryTokenKind.Emoticon))]
    [InlineData(":", nameof(BoundaryTokenKind.Other))]
    [InlineData("Reuters", nameof(BoundaryTokenKind.Other))]
    [InlineData("", nameof(BoundaryTokenKind.Other))]
    [InlineData("-", nameof(BoundaryTokenKind.Other))]
    public void Classifies_tokens_that_end_lines_of_web_text(string token, string expected) =>
        Assert.Equal(expected, BoundaryTokenKinds.Of(token).ToString());
}
