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
