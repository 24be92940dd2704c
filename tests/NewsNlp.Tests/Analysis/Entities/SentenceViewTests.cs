using NewsNlp.Analysis.Entities;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Training;

namespace NewsNlp.Tests.Analysis.Entities;

public class SentenceViewTests
{
    [Fact]
    public void Word_list_codes_are_those_of_a_direct_look_up_in_every_casing_and_script()
    {
        // The view lower-cases ASCII words itself and reads the word list in a second pass; other words
        // take the general path. Both must give what the lexicon gives for the word.
        var lexicon = WordListLexicon.Build(["Zürich", "talks", "Kyiv", "Naïve"], [("talks", 1L << 20), ("zürich", 1L << 14)]);
        var sources = new FeatureSources(Gazetteer.Default, lexicon, PartOfSpeech: false);
        var words = new[] { "TALKS", "in", "Zürich", "and", "KYIV", "naïve", "talks", new string('x', 70), "Naïve" };
        var s = new EntitySentence("doc", words, []);
        using var view = new SentenceView(s.Text, s.Tokens.ToArray(), sources);
        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(lexicon.Code(words[i]), view.LexiconClass(i));
        }

        Assert.NotEqual(0, view.LexiconClass(2));
        Assert.NotEqual(0, view.LexiconClass(4));
        Assert.Equal(0, view.LexiconClass(7));
    }

    [Fact]
    public void A_view_made_while_another_is_alive_keeps_its_own_facts()
    {
        // Views take the thread's buffers; a second view on the same thread must not write into the first's.
        var lexicon = WordListLexicon.Build(["talks", "Kyiv"], []);
        var sources = new FeatureSources(Gazetteer.Default, lexicon, PartOfSpeech: false);
        var first = new EntitySentence("doc", ["Talks", "in", "Kyiv"], []);
        var second = new EntitySentence("doc", ["nothing", "known", "here", "at", "all"], []);
        using var outer = new SentenceView(first.Text, first.Tokens.ToArray(), sources);
        var before = Enumerable.Range(0, 3).Select(i => (outer.Lower(i), outer.ShapeOf(i), outer.LexiconClass(i))).ToArray();
        using (var inner = new SentenceView(second.Text, second.Tokens.ToArray(), sources))
        {
            Assert.Equal(0, inner.LexiconClass(2));
        }

        // And the buffers handed back by the inner view serve the next view with fresh facts.
        using (var again = new SentenceView(second.Text, second.Tokens.ToArray(), sources))
        {
            Assert.Equal(0, again.LexiconClass(0));
        }

        Assert.Equal(before, Enumerable.Range(0, 3).Select(i => (outer.Lower(i), outer.ShapeOf(i), outer.LexiconClass(i))).ToArray());
        Assert.NotEqual(0, outer.LexiconClass(2));
    }

    [Fact]
    public void A_view_disposed_twice_does_not_give_away_buffers_a_later_view_holds()
    {
        // A struct view copied and disposed twice returns its lease twice; the second return is stale
        // and must not make the arrays the next view is using free for a third view.
        var lexicon = WordListLexicon.Build(["talks", "Kyiv"], []);
        var sources = new FeatureSources(Gazetteer.Default, lexicon, PartOfSpeech: false);
        var first = new EntitySentence("doc", ["Talks", "in", "Kyiv"], []);
        var other = new EntitySentence("doc", ["nothing", "known", "here"], []);
        var disposedTwice = new SentenceView(other.Text, other.Tokens.ToArray(), sources);
        disposedTwice.Dispose();
        using var holder = new SentenceView(first.Text, first.Tokens.ToArray(), sources);
        var before = Enumerable.Range(0, 3).Select(i => (holder.Lower(i), holder.ShapeOf(i), holder.LexiconClass(i))).ToArray();
        disposedTwice.Dispose();
        using (var third = new SentenceView(other.Text, other.Tokens.ToArray(), sources))
        {
            Assert.Equal(0, third.LexiconClass(2));
        }

        Assert.Equal(before, Enumerable.Range(0, 3).Select(i => (holder.Lower(i), holder.ShapeOf(i), holder.LexiconClass(i))).ToArray());
    }
}
