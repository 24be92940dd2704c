using NewsNlp.Documents;
using NewsNlp.Stance;
using NewsNlp.Stance.Corpora;

namespace NewsNlp.Tests.Stance;

/// <summary>Small hand-written training rows and articles; unit tests never read the shared corpora.</summary>
internal static class StanceFixtures
{
    public const string Topic = "Security guarantees for Ukraine";

    public static IReadOnlyList<StancePair> Pairs()
    {
        string[] support =
        [
            "We welcome security guarantees for Ukraine and stand ready to help.",
            "Security guarantees are crucial and we support them fully.",
            "The guarantees are game-changing and will protect Ukraine.",
            "Europe is ready to contribute to the security guarantees.",
            "We agreed that Ukraine needs strong guarantees.",
            "This commitment to Ukraine's security is good news.",
            "Guarantees like Article 5 would help secure peace.",
            "We back the plan for guarantees and praise the progress.",
        ];
        string[] oppose =
        [
            "We reject any security guarantees for Ukraine.",
            "Such guarantees are dangerous and we oppose them.",
            "The guarantees will fail and harm the region.",
            "We refuse to accept guarantees that threaten Russia.",
            "These guarantees are a bad idea and unacceptable.",
            "Guarantees would be costly and ineffective.",
            "We condemn the plan for guarantees as wrong.",
            "Offering guarantees is a risk we cannot take.",
        ];
        string[] neutral =
        [
            "The meeting will take place on Monday in Washington.",
            "Officials travelled to Brussels for talks.",
            "The weather in Alaska was cold during the summit.",
            "Details of the schedule were published on Sunday.",
        ];
        return
        [
            .. support.Select((s, i) => new StancePair(Topic, s, StanceLabels.Support, "g" + (i % 2))),
            .. oppose.Select((s, i) => new StancePair(Topic, s, StanceLabels.Oppose, "g" + (i % 2))),
            .. neutral.Select(s => new StancePair(Topic, s, StanceLabels.Neutral, "news")),
        ];
    }

    public static TrainedClassifier Train(int seed, IReadOnlyList<StancePair>? pairs = null) =>
        StanceTraining.Train(pairs ?? Pairs(), [], new StanceFeaturizer(ModelMode.Fast, null), new StanceTrainingOptions { Seed = seed, MismatchedNeutralRatio = 0 });

    public static StanceModel Model(int seed = 7) =>
        new(Train(seed).Classifier, new StanceFeaturizer(ModelMode.Fast, null), StanceModels.StanceName(ModelMode.Fast));

    /// <summary>
    /// An article of the given sentences (one per line) with sentences, and one entity per name whose
    /// mentions are every occurrence of the name; quotes are added by the test.
    /// </summary>
    public static Article Article(string title, string[] sentences, params string[] names)
    {
        var text = string.Join(' ', sentences);
        var article = new Article("doc", "test.txt", "0", text) { Title = title };
        var start = 0;
        foreach (var sentence in sentences)
        {
            article.Sentences.Add(new Sentence(start, start + sentence.Length, 0, 0));
            start += sentence.Length + 1;
        }

        for (var id = 0; id < names.Length; id++)
        {
            article.Entities.Add(new Entity { Id = id, Name = names[id], Type = EntityTypes.Person });
            for (var at = text.IndexOf(names[id], StringComparison.Ordinal); at >= 0; at = text.IndexOf(names[id], at + 1, StringComparison.Ordinal))
            {
                article.Mentions.Add(new Mention { Start = at, End = at + names[id].Length, Type = EntityTypes.Person, EntityId = id });
            }
        }

        article.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return article;
    }

    /// <summary>A quote whose content is the first occurrence of <paramref name="content"/>.</summary>
    public static Quote Quote(Article article, int id, QuoteKind kind, string content, int speaker)
    {
        var at = article.Clean.IndexOf(content, StringComparison.Ordinal);
        Assert.True(at >= 0, $"fixture text lacks '{content}'");
        return new Quote { Id = id, Kind = kind, Content = new TextSpan(at, at + content.Length), SpeakerEntityId = speaker, Confidence = 0.9 };
    }
}
