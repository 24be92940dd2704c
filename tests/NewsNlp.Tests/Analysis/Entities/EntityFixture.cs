using NewsNlp.Analysis.Entities;
using NewsNlp.Training;

namespace NewsNlp.Tests.Analysis.Entities;

/// <summary>A small IOB2 corpus written for the tests (news-like sentences), and a recogniser trained on it.</summary>
internal static class EntityFixture
{
    private static readonly string[] Sentences =
    [
        "Barack/B-PER Obama/L-PER visited/O Paris/B-LOC on/O Monday/O ./O",
        "Angela/B-PER Merkel/I-PER met/O Obama/B-PER in/O Berlin/B-LOC ./O",
        "The/O United/B-ORG Nations/I-ORG said/O Kenya/B-LOC needs/O aid/O ./O",
        "Microsoft/B-ORG hired/O John/B-PER Smith/I-PER from/O Google/B-ORG ./O",
        "Police/O in/O Madrid/B-LOC arrested/O Pedro/B-PER Sanchez/I-PER ./O",
        "Officials/O from/O NATO/B-ORG flew/O to/O Warsaw/B-LOC and/O Kyiv/B-LOC ./O",
        "Maria/B-PER Lopez/I-PER works/O for/O Amazon/B-ORG in/O Seattle/B-LOC ./O",
        "The/O European/B-ORG Union/I-ORG and/O Japan/B-LOC signed/O a/O deal/O ./O",
        "Reuters/B-ORG reported/O that/O David/B-PER Cameron/I-PER left/O London/B-LOC ./O",
        "Sarah/B-PER Jones/I-PER of/O Oxfam/B-ORG spoke/O in/O Nairobi/B-LOC ./O",
        "Tesla/B-ORG opened/O a/O plant/O near/O Shanghai/B-LOC ./O",
        "Emily/B-PER Brown/I-PER and/O Tom/B-PER White/I-PER live/O in/O Dublin/B-LOC ./O",
    ];

    /// <summary>The fixture as an IOB2 file's text (L- labels above are written as I-, as IOB2 has no L).</summary>
    public static string Iob2()
    {
        var lines = new List<string>();
        var doc = 0;
        foreach (var sentence in Sentences)
        {
            if (doc++ % 4 == 0)
            {
                lines.Add($"# newdoc id = fixture-{doc}");
            }

            var id = 1;
            foreach (var item in sentence.Split(' '))
            {
                var slash = item.LastIndexOf('/');
                var label = item[(slash + 1)..].Replace("L-", "I-", StringComparison.Ordinal);
                lines.Add($"{id++}\t{item[..slash]}\t{label}\t-\t-");
            }

            lines.Add(string.Empty);
        }

        return string.Join('\n', lines);
    }

    public static IReadOnlyList<EntitySentence> Corpus() => Iob2Reader.Read(new StringReader(Iob2())).ToArray();

    public static EntityRecognizer Train(int seed) => Train(Corpus(), seed);

    /// <summary>
    /// A recogniser trained on the fixture without its names: it finds none, so the stage's patterns can be tested
    /// alone (with <paramref name="lexicon"/> as the word lists they read).
    /// </summary>
    public static EntityRecognizer Silent(NewsNlp.Analysis.Tagging.WordListLexicon? lexicon = null) =>
        Train(Corpus().Select(s => new EntitySentence(s.DocId, s.Words, [])).ToArray(), seed: 1, lexicon);

    private static EntityRecognizer Train(IReadOnlyList<EntitySentence> corpus, int seed, NewsNlp.Analysis.Tagging.WordListLexicon? lexicon = null) =>
        EntityRecognizerTrainer.Train(corpus, lexicon ?? NewsNlp.Analysis.Tagging.WordListLexicon.Empty, new EntityTrainingOptions { Seed = seed, Epochs = 8, TableBits = 14 }, new Dictionary<string, string> { ["name"] = "fixture" });
}
