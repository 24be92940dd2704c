using NewsNlp.Analysis.Entities;
using NewsNlp.Analysis.Tokenization;
using NewsNlp.Documents;

namespace NewsNlp.Tests.Analysis.Entities;

public class NameConsistencyTests
{
    private const string Text = "Envoy Steve Witkoff spoke. witkoff left. Acme said witkoff stays.";

    private static Mention At(string word, int occurrence, string type, double confidence)
    {
        var start = -1;
        for (var k = 0; k <= occurrence; k++)
        {
            start = Text.IndexOf(word, start + 1, StringComparison.Ordinal);
        }

        return new Mention { Start = start, End = start + word.Length, Type = type, Confidence = confidence };
    }

    private static List<Mention> Run(params Mention[] found)
    {
        var article = new Article("t", "t.txt", "0", Text) { Tokens = Tokenizer.Tokenize(Text) };
        var list = found.ToList();
        NameConsistency.AddRepeats(article, list);
        return list.OrderBy(m => m.Start).ToList();
    }

    [Fact]
    public void An_unsure_mention_takes_the_type_the_article_is_sure_of_and_repeats_are_added()
    {
        var result = Run(At("Steve Witkoff", 0, EntityTypes.Person, 0.99), At("witkoff", 0, EntityTypes.Org, 0.6));

        Assert.Equal(["Steve Witkoff", "witkoff", "witkoff"], result.Select(m => Text[m.Start..m.End]));
        Assert.All(result, m => Assert.Equal(EntityTypes.Person, m.Type));
    }

    [Fact]
    public void A_sure_mention_keeps_its_own_type()
    {
        var result = Run(At("Steve Witkoff", 0, EntityTypes.Person, 0.99), At("witkoff", 0, EntityTypes.Org, 0.95));

        Assert.Equal(EntityTypes.Org, result[1].Type);
    }
}
