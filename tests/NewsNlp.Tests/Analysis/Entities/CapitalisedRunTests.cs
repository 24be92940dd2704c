using NewsNlp.Analysis.Entities;
using NewsNlp.Training;

namespace NewsNlp.Tests.Analysis.Entities;

public class CapitalisedRunTests
{
    private static (string First, string Last)? RunAround(string sentence, int i)
    {
        var s = new EntitySentence("doc", sentence.Split(' '), []);
        return CapitalisedRun.Find(s.Text, s.Tokens.ToArray(), i, out var first, out var last)
            ? (s.Words[first], s.Words[last])
            : null;
    }

    [Theory]
    [InlineData("She called the Housing Authority of New Orleans today .", 3, "Housing", "Orleans")]
    [InlineData("She called the Housing Authority of New Orleans today .", 7, "Housing", "Orleans")]
    [InlineData("We ate at Hayes Street Grill .", 3, "Hayes", "Grill")]
    [InlineData("Barnes and Noble sells books .", 2, "Barnes", "Noble")]
    public void A_run_spans_capitalised_words_and_the_connectors_between_them(string sentence, int token, string first, string last) =>
        Assert.Equal((first, last), RunAround(sentence, token));

    [Theory]
    [InlineData("Obama spoke of peace .", 0)]
    [InlineData("He went to Paris and then home .", 3)]
    [InlineData("He went to Paris and then home .", 0)]
    [InlineData("it is lower case .", 1)]
    public void A_lone_capitalised_word_or_a_lower_case_word_is_in_no_run(string sentence, int token) =>
        Assert.Null(RunAround(sentence, token));

    [Fact]
    public void A_connector_at_the_edge_is_left_out()
    {
        Assert.Equal(("Bank", "America"), RunAround("the Bank of America of course", 1));
    }
}
