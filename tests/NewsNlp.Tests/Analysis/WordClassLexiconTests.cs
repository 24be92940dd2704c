using NewsNlp.Analysis.Tagging;

namespace NewsNlp.Tests.Analysis;

public sealed class WordClassLexiconTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsnlp-wordnet-" + Guid.NewGuid().ToString("N"));

    // A few lines in the WordNet 3.0 index format: lemma, class, synsets, pointer count, pointers,
    // sense count, tagged sense count, synset offsets. A licence line starts with spaces.
    public WordClassLexiconTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllLines(Path.Combine(_folder, "index.noun"), ["  1 This software and database is provided", "city n 1 1 @ 1 1 08524735", "stop n 4 2 @ ~ 4 1 01 02 03 04", "a_cappella n 1 1 @ 1 0 07020538", "mouse n 2 1 @ 2 1 01 02"]);
        File.WriteAllLines(Path.Combine(_folder, "index.verb"), ["stop v 12 2 @ ~ 12 9 01 02 03 04 05 06 07 08 09 10 11 12", "mesmerize v 2 1 @ 2 0 01 02", "run v 41 1 @ 41 29 01"]);
        File.WriteAllLines(Path.Combine(_folder, "index.adj"), ["hostile a 5 1 ! 5 2 01 02 03 04 05", "happy a 4 1 ! 4 3 01 02 03 04", "large a 3 1 ! 3 1 01 02 03"]);
        File.WriteAllLines(Path.Combine(_folder, "index.adv"), ["fast r 1 0 1 0 00086000"]);
        File.WriteAllLines(Path.Combine(_folder, "noun.exc"), ["mice mouse"]);
        File.WriteAllLines(Path.Combine(_folder, "verb.exc"), ["ran run"]);
        File.WriteAllLines(Path.Combine(_folder, "adj.exc"), ["better good"]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Lemmas_carry_their_classes_and_inflections_lead_back_to_a_lemma()
    {
        var lexicon = WordClassLexicon.Build(_folder);

        Assert.Equal(WordClassLexicon.Adjective, lexicon.CodeOfLowerCase("hostile") & 0xF);
        Assert.Equal(WordClassLexicon.Noun | WordClassLexicon.Verb, lexicon.CodeOfLowerCase("stop") & 0xF);
        Assert.NotEqual(0, lexicon.CodeOfLowerCase("cities") & WordClassLexicon.Plural);
        Assert.NotEqual(0, lexicon.CodeOfLowerCase("stopped") & WordClassLexicon.Past);
        Assert.NotEqual(0, lexicon.CodeOfLowerCase("stopping") & WordClassLexicon.Gerund);
        Assert.NotEqual(0, lexicon.CodeOfLowerCase("mesmerizing") & WordClassLexicon.Gerund);
        Assert.NotEqual(0, lexicon.CodeOfLowerCase("stops") & WordClassLexicon.ThirdPerson);
        Assert.NotEqual(0, lexicon.CodeOfLowerCase("larger") & WordClassLexicon.Comparative);
        Assert.NotEqual(0, lexicon.CodeOfLowerCase("happily") & WordClassLexicon.AdverbOfAdjective);
        Assert.NotEqual(0, lexicon.CodeOfLowerCase("mice") & WordClassLexicon.Plural);
        Assert.NotEqual(0, lexicon.CodeOfLowerCase("ran") & WordClassLexicon.Past);
        Assert.Equal(0, lexicon.CodeOfLowerCase("a_cappella"));
        Assert.Equal(0, lexicon.CodeOfLowerCase("zelenskyy"));
        Assert.Equal(0, lexicon.CodeOfLowerCase(new string('s', 200)));
    }

    [Fact]
    public void The_class_with_the_most_tagged_senses_is_marked_dominant()
    {
        var lexicon = WordClassLexicon.Build(_folder);
        var stop = lexicon.CodeOfLowerCase("stop");

        // "stop" has 9 tagged verb senses against 1 noun sense: the verb (class index 1) dominates.
        Assert.Equal(1, (stop >> 4) & 3);
    }

    [Fact]
    public void The_lexicon_round_trips_through_its_bytes()
    {
        var lexicon = WordClassLexicon.Build(_folder);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            lexicon.Write(writer);
        }

        stream.Position = 0;
        var read = WordClassLexicon.Read(new BinaryReader(stream));
        Assert.Equal(lexicon.Count, read.Count);
        foreach (var word in new[] { "hostile", "stopped", "mice", "fast", "unknown" })
        {
            Assert.Equal(lexicon.CodeOfLowerCase(word), read.CodeOfLowerCase(word));
        }
    }

    [Fact]
    public void A_missing_wordnet_folder_is_reported_as_a_missing_file()
    {
        var missing = Path.Combine(_folder, "absent");
        var error = Assert.Throws<FileNotFoundException>(() => WordClassLexicon.Build(missing));
        Assert.Contains("wordnet-base", error.Message, StringComparison.Ordinal);
    }
}
