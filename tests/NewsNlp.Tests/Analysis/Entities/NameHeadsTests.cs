using NewsNlp.Analysis.Entities;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Training;

namespace NewsNlp.Tests.Analysis.Entities;

/// <summary>
/// The head-word rules over what a recogniser found in one sentence: institution and landform heads join the
/// name before them, a place prefix joins the name after it, a document's title is no name. Sentences written
/// for these tests.
/// </summary>
public class NameHeadsTests
{
    // "local", "red" and "claims" are plain words; "Oskby" is a known proper name; "Tarnfield" is unknown.
    private static readonly WordListLexicon Lexicon = WordListLexicon.Build(["local", "red", "claims", "Oskby"], []);

    /// <summary>The names after the rules, as "words/TYPE"; <paramref name="found"/> gives the model's names as (first, end, type).</summary>
    private static List<string> Apply(string sentence, params (int First, int End, string Type)[] found)
    {
        var s = new EntitySentence("doc", sentence.Split(' '), []);
        var names = found.Select(f => new RecognizedName(f.First, f.End, f.Type, 0.9f)).ToList();
        NameHeads.Apply(s.Text, s.Tokens.ToArray(), Lexicon, names, 0);
        return names.Select(n => string.Join(' ', s.Words.Skip(n.FirstToken).Take(n.EndToken - n.FirstToken)) + "/" + n.Type).ToList();
    }

    [Fact]
    public void TheCouncilIsTheOrganisationNotTheTown()
    {
        Assert.Equal(["Oskby council/ORG"], Apply("Oskby council passed its budget .", (0, 1, "LOC")));
        Assert.Equal(["Oskby police/ORG"], Apply("A man was held by the Oskby police .", (6, 7, "ORG")));
        Assert.Equal(["Port Oskby city council/ORG"], Apply("The Port Oskby city council met .", (1, 3, "LOC")));
    }

    [Fact]
    public void ACapitalisedWordTheModelMissedBeforeAHeadIsTheName()
    {
        Assert.Equal(["Tarnfield city council/ORG"], Apply("Tarnfield city council approved the plan ."));
        Assert.Equal(["Tarnfield valley/LOC"], Apply("Farmers in the Tarnfield valley warned of drought ."));
    }

    [Fact]
    public void ALandformJoinsThePlaceEvenOneReadAsAPerson()
    {
        Assert.Equal(["Oskby delta/LOC"], Apply("Floods hit the Oskby delta again .", (3, 4, "PER")));
    }

    [Theory]
    [InlineData("The city council met on Monday .")]
    [InlineData("Local council leaders met .")]
    [InlineData("The Red river flooded .")]
    [InlineData("oskby council passed it .")]
    public void LeavesAloneHeadsWithoutAName(string sentence)
    {
        // A determiner, a plain word at the sentence start or in the name, lower-cased text with no name found.
        Assert.Empty(Apply(sentence));
    }

    [Fact]
    public void APersonBeforeAnInstitutionHeadOfSeveralWordsStaysAPerson()
    {
        Assert.Equal(["Anna Oskby/PER"], Apply("He told Anna Oskby police were coming .", (2, 4, "PER")));
    }

    [Fact]
    public void APlacePrefixJoinsTheName()
    {
        Assert.Equal(["Port Oskby/LOC"], Apply("Port Oskby , 3 March", (1, 2, "PER")));
        Assert.Equal(["Mount Oskby Hospital/ORG"], Apply("She works at Mount Oskby Hospital .", (4, 6, "ORG")));
    }

    [Fact]
    public void ADocumentsTitleIsNoPlaceOrOrganisation()
    {
        Assert.Empty(Apply("Article 5 of the North Oskby Treaty applies .", (4, 7, "LOC")));
        Assert.Empty(Apply("They signed the Oskby Protocol in 1997 .", (3, 4, "LOC")));
        Assert.Equal(["Oskby/PER"], Apply("The Oskby Declaration was read .", (1, 2, "PER")));
        Assert.Equal(["Oskby/LOC"], Apply("Oskby agreed to the act .", (0, 1, "LOC")));
    }
}
