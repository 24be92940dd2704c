using NewsNlp.Analysis.Entities;
using NewsNlp.Training;

namespace NewsNlp.Tests.Analysis.Entities;

public class GazetteerTests
{
    private static GazetteerHit[] Match(string sentence)
    {
        var s = new EntitySentence("doc", sentence.Split(' '), []);
        var hits = new GazetteerHit[s.Words.Count];
        Gazetteer.Default.Match(s.Text, s.Tokens.ToArray(), hits);
        return hits;
    }

    [Fact]
    public void Longest_entry_wins_and_positions_are_bilou()
    {
        var hits = Match("Secretary of State Marco Rubio met the European Commission");
        Assert.Equal(BilouPosition.Begin, hits[0].Position);
        Assert.Equal(BilouPosition.Last, hits[2].Position);
        Assert.True(hits[0].Kinds.HasFlag(GazetteerKind.Title));
        Assert.True(hits[3].Kinds.HasFlag(GazetteerKind.FirstName));
        Assert.Equal(BilouPosition.Outside, hits[4].Position);
        Assert.Equal(GazetteerKind.Organisation, hits[7].Kinds);
        Assert.Equal(BilouPosition.Last, hits[8].Position);
    }

    [Fact]
    public void A_sentence_longer_than_the_stack_buffer_matches_as_its_parts_do()
    {
        // Over 128 tokens the one-word hashes live in a rented buffer instead of on the stack.
        const string Part = "Secretary of State Marco Rubio met the European Commission in Brussels";
        var part = Match(Part);
        var repeated = Match(string.Join(' ', Enumerable.Repeat(Part, 15)));
        Assert.True(repeated.Length > 128);
        Assert.Equal(Enumerable.Repeat(part, 15).SelectMany(hits => hits), repeated);
    }

    [Theory]
    [InlineData("Goldman Sachs", GazetteerKind.Organisation)]
    [InlineData("Department of Housing and Urban Development", GazetteerKind.Organisation)]
    [InlineData("Schmidt", GazetteerKind.Surname)]
    [InlineData("Tasmania", GazetteerKind.Region)]
    [InlineData("Noida", GazetteerKind.City)]
    [InlineData("Gloria", GazetteerKind.FirstName)]
    public void Company_agency_surname_and_place_lists_are_loaded(string entry, GazetteerKind kind)
    {
        var hits = Match(entry);
        Assert.True(hits[0].Kinds.HasFlag(kind));
        Assert.Equal(hits.Length == 1 ? BilouPosition.Unit : BilouPosition.Last, hits[^1].Position);
    }

    [Theory]
    [InlineData("white")]
    [InlineData("young")]
    [InlineData("nice")]
    [InlineData("grace")]
    public void Common_words_are_kept_out_of_the_name_lists(string word)
    {
        // A hit stops the decoder skipping the word in cased text: "white" or "nice" must stay plain words.
        Assert.Equal(GazetteerKind.None, Gazetteer.Default.Lookup(word));
    }

    [Fact]
    public void Names_match_in_any_case_but_short_acronyms_only_in_capitals()
    {
        Assert.True(Gazetteer.Default.Lookup("ukraine").HasFlag(GazetteerKind.Country));
        Assert.True(Gazetteer.Default.Lookup("NATO").HasFlag(GazetteerKind.Organisation));
        Assert.True(Gazetteer.Default.Lookup("nato").HasFlag(GazetteerKind.Organisation));
        Assert.True(Gazetteer.Default.Lookup("US").HasFlag(GazetteerKind.Country));
        Assert.Equal(GazetteerKind.None, Gazetteer.Default.Lookup("us"));
        Assert.Equal(GazetteerKind.None, Gazetteer.Default.Lookup("who"));
        Assert.True(Match("the united states and the U.S. agreed")[2].Kinds.HasFlag(GazetteerKind.Country));
    }

    [Fact]
    public void Hyphenated_entries_match_split_or_whole()
    {
        Assert.True(Gazetteer.Default.Lookup("Guinea-Bissau").HasFlag(GazetteerKind.Country));
        Assert.Equal(BilouPosition.Last, Match("Guinea - Bissau")[2].Position);
    }
}
