namespace NewsNlp.Stance.Corpora;

/// <summary>
/// One labelled statement toward a topic, as every stance corpus is read: the label is
/// "support", "oppose" or "neutral"; <see cref="Group"/> names the topic (claim or motion) so
/// synthetic pairs and splits can keep topics apart. <see cref="Stakeholder"/> names whose stance the
/// label is (the news set, where one sentence can carry different stances for different stakeholders);
/// null where the corpus has none (the debate corpora). The featurizer does not read it yet (see
/// models/stance-fast.md, "Stakeholder-relative features"); error analysis does.
/// </summary>
public sealed record StancePair(string Topic, string Statement, string Label, string Group, string? Stakeholder = null);

/// <summary>
/// A sentence with a target span and how the sentence treats the target: positive, neutral or negative.
/// <see cref="Document"/> names the article (or group of articles) it comes from, so cross-validation folds
/// can keep an article's sentences together; empty when unknown.
/// </summary>
public sealed record PortrayalExample(string Sentence, int TargetStart, int TargetEnd, string Label, string Document = "");

/// <summary>The label strings the models are trained on; they match the output schema's values.</summary>
public static class StanceLabels
{
    public const string Support = "support";
    public const string Oppose = "oppose";
    public const string Neutral = "neutral";

    public const string Positive = "positive";
    public const string Negative = "negative";
}
