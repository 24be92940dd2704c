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
}
