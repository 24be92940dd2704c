using NewsNlp.Training;

namespace NewsNlp.Tests.Training;

/// <summary>GUM coreference mentions turned into UNER-style names, on two sentences written for the test.</summary>
public class GumEntityReaderTests
{
    // Columns: form, UPOS, head (1-based, 0 = root), relation, MISC.
    private static readonly (string Form, string Upos, int Head, string Rel, string Misc)[][] Sentences =
    [
        [
            ("They", "PRON", 2, "dep", "_"),
            ("went", "VERB", 0, "dep", "_"),
            ("to", "ADP", 9, "dep", "_"),
            ("the", "DET", 9, "dep", "Entity=(2-place"),
            ("U.S.", "PROPN", 9, "dep", "Entity=(3-place)"),
            ("Space", "PROPN", 9, "dep", "_"),
            ("and", "CCONJ", 9, "dep", "_"),
            ("Rocket", "PROPN", 9, "dep", "_"),
            ("Center", "PROPN", 2, "dep", "Entity=2)"),
            ("in", "ADP", 11, "dep", "_"),
            ("Huntsville", "PROPN", 9, "dep", "Entity=(4-place)"),
            (".", "PUNCT", 2, "dep", "_"),
        ],
        [
            ("President", "PROPN", 5, "dep", "Entity=(5-person"),
            ("Ursula", "PROPN", 5, "dep", "_"),
            ("von", "X", 5, "dep", "_"),
            ("der", "X", 5, "dep", "_"),
            ("Leyen", "PROPN", 6, "dep", "Entity=5)"),
            ("visited", "VERB", 0, "dep", "_"),
            ("the", "DET", 8, "dep", "Entity=(6-place"),
            ("Museum", "PROPN", 6, "dep", "_"),
            ("of", "ADP", 10, "dep", "_"),
            ("Flight", "PROPN", 8, "dep", "_"),
            ("at", "ADP", 13, "dep", "_"),
            ("Boeing", "PROPN", 13, "dep", "Entity=(7-place"),
            ("Field", "PROPN", 8, "dep", "Entity=7)6)"),
            (".", "PUNCT", 6, "dep", "_"),
        ],
        [
            ("The", "DET", 2, "det", "Entity=(8-person"),
            ("spokesperson", "NOUN", 5, "nsubj", "_"),
            ("Julie", "PROPN", 2, "flat", "_"),
            ("Hahn", "PROPN", 3, "flat", "Entity=8)"),
            ("said", "VERB", 0, "root", "_"),
            (".", "PUNCT", 5, "punct", "_"),
        ],
    ];

    private static List<(string Name, string Type)> Names(int sentence)
    {
        var lines = new List<string> { "# newdoc id = fixture", $"# sent_id = fixture-{sentence}" };
        var words = Sentences[sentence];
        lines.AddRange(words.Select((w, i) => $"{i + 1}\t{w.Form}\t{w.Form}\t{w.Upos}\t_\t_\t{w.Head}\t{w.Rel}\t_\t{w.Misc}"));
        lines.Add(string.Empty);
        var parsed = ConlluReader.Read(new StringReader(string.Join('\n', lines))).Single();
        var converted = GumEntityReader.Convert(parsed);
        return converted.Entities.Select(e => (string.Join(' ', converted.Words.Skip(e.First).Take(e.End - e.First)), e.Type)).ToList();
    }

    [Fact]
    public void Names_run_over_connectors_on_both_sides_of_the_head_and_drop_the_determiner()
    {
        // Before, the run stopped leftwards at "and" and gave "Rocket Center"; the nested "U.S." loses to the longer name.
        Assert.Equal([("U.S. Space and Rocket Center", "LOC"), ("Huntsville", "LOC")], Names(0));
    }

    [Fact]
    public void Persons_keep_particles_but_not_titles_and_names_stop_at_at()
    {
        Assert.Equal([("Ursula von der Leyen", "PER"), ("Museum of Flight", "LOC"), ("Boeing Field", "LOC")], Names(1));
    }

    [Fact]
    public void A_name_attached_to_a_common_noun_head_is_still_a_name()
    {
        // GUM heads "spokesperson Julie Hahn" on the noun; the name hangs off it as flat.
        Assert.Equal([("Julie Hahn", "PER")], Names(2));
    }
}
