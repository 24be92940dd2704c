using NewsNlp.Analysis.Evaluation;
using NewsNlp.Documents;

namespace NewsNlp.Tests.Analysis;

public class AnalysisFingerprintTests
{
    private static Article Analysed(Upos secondTag = Upos.VERB, double confidence = 0.9)
    {
        var article = new Article("a1", "test", "0", "Putin spoke.");
        article.Tokens = [new Token(0, 5) { Pos = Upos.PROPN }, new Token(6, 11) { Pos = secondTag }, new Token(11, 12) { Pos = Upos.PUNCT }];
        article.Sentences.Add(new Sentence(0, 12, 0, 3));
        article.Mentions.Add(new Mention { Start = 0, End = 5, Type = "PERSON", Sentence = 0, Confidence = confidence });
        return article;
    }

    [Fact]
    public void Same_layers_give_the_same_fingerprint_and_any_changed_tag_or_confidence_another()
    {
        var reference = AnalysisFingerprint.Of([Analysed()]);
        Assert.Equal(reference, AnalysisFingerprint.Of([Analysed()]));
        Assert.NotEqual(reference, AnalysisFingerprint.Of([Analysed(secondTag: Upos.NOUN)]));
        Assert.NotEqual(reference, AnalysisFingerprint.Of([Analysed(confidence: 0.9000001)]));
        Assert.NotEqual(reference, AnalysisFingerprint.Of([Analysed(), Analysed()]));
    }
}
