using NewsNlp.Analysis.Entities;
using NewsNlp.Training;

namespace NewsNlp.Tests.Analysis.Entities;

/// <summary>
/// The organisation-name spotter over what a recogniser found in one sentence: it joins a capitalised run
/// ending in a head word ("Hospital", "Union") or a head before "of" and a name into one ORG, and leaves
/// alone what it cannot be sure of. Sentences written for these tests.
/// </summary>
public class OrganisationNamesTests
{
    /// <summary>The names after the rule, as "words/TYPE"; <paramref name="found"/> gives the model's names as (first, end, type).</summary>
    private static List<string> Apply(string sentence, params (int First, int End, string Type)[] found)
    {
        var s = new EntitySentence("doc", sentence.Split(' '), []);
        var names = found.Select(f => new RecognizedName(f.First, f.End, f.Type, 0.9f)).ToList();
        OrganisationNames.Apply(s.Text, s.Tokens.ToArray(), names, 0);
        return names.Select(n => string.Join(' ', s.Words.Skip(n.FirstToken).Take(n.EndToken - n.FirstToken)) + "/" + n.Type).ToList();
    }

    [Fact]
    public void HeadWordJoinsTheWordsTheModelTypedAsAPerson()
    {
        Assert.Equal(["Marrow Valley Hospital/ORG", "Friday/LOC"], Apply("The Marrow Valley Hospital opened on Friday .", (3, 4, "PER"), (6, 7, "LOC")));
    }

    [Fact]
    public void PluralPossessiveStaysInsideTheName()
    {
        Assert.Equal(["Tarn Weavers ' Union/ORG"], Apply("She leads the Tarn Weavers ' Union now .", (3, 5, "PER")));
    }

    [Fact]
    public void HeadBeforeOfTakesTheNameAfterIt()
    {
        Assert.Equal(["Central Bank of Oskland/ORG"], Apply("The Central Bank of Oskland raised rates .", (4, 5, "LOC")));
        Assert.Equal(["Ministry of Fisheries/ORG"], Apply("A Ministry of Fisheries report came out .", []));
    }

    [Theory]
    [InlineData("Union leaders met on Monday .")]
    [InlineData("the marrow valley hospital opened .")]
    [InlineData("He works at Tarn Union Freight in Oskland .")]
    [InlineData("Tarnby Group shares fell .", 0, 2)]
    public void LeavesAloneWhatItCannotBeSureOf(string sentence, int first = -1, int end = -1)
    {
        // A head alone, lower-case text, a name going on past the head, a name the model already found there.
        var found = first >= 0 ? new[] { (first, end, "LOC") } : [];
        var expected = found.Select(f => string.Join(' ', sentence.Split(' ')[f.first..f.end]) + "/LOC");
        Assert.Equal(expected, Apply(sentence, found));
    }

    [Fact]
    public void ALongerNameTheModelFoundWins()
    {
        Assert.Equal(["Department of Roads and Bridges/ORG"], Apply("The Department of Roads and Bridges said no .", (1, 6, "ORG")));
    }

    [Fact]
    public void SingularPossessiveEndsTheRun()
    {
        Assert.Equal(["Oskland/LOC", "Coastal Research Institute/ORG"], Apply("Oskland 's Coastal Research Institute closed .", (0, 1, "LOC")));
    }
}
