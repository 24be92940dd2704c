using NewsNlp.Analysis.Perceptron;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Repair.Contextual;

namespace NewsNlp.Repair;

/// <summary>
/// The repair stage's models: the truecaser (case lexicon + perceptron, and the accurate mode's head over
/// contextual word vectors) and the spelling dictionary. Loaded once per process from
/// <see cref="ModelLocator"/> and shared read-only by every thread; a missing file leaves that repair off
/// rather than failing the run.
/// </summary>
public sealed class RepairModels
{
    public const string LexiconFile = "truecase-lexicon.bin";
    public const string PerceptronFile = "truecase-perceptron.bin";
    public const string SpellingFile = "spelling-dictionary.bin";
    public const string AccurateTruecaseName = "truecase-accurate";

    private static readonly Lazy<RepairModels> Shipped = new(() => LoadFrom(ModelLocator.ModelsDirectory()));

    internal RepairModels(Truecaser? truecaser, SpellingDictionary? spelling, IReadOnlyList<ModelInfo>? files = null, ContextualCasing? accurateCasing = null)
    {
        Truecaser = truecaser;
        Spelling = spelling;
        Files = files ?? [];
        AccurateCasing = truecaser == null ? null : accurateCasing;
    }

    /// <summary>The model files loaded, with their hashes, for run.json.</summary>
    public IReadOnlyList<ModelInfo> Files { get; }

    /// <summary>No models: only the rule-based repairs run.</summary>
    public static RepairModels None { get; } = new(null, null);

    /// <summary>The models shipped in models/, loaded on first use.</summary>
    public static RepairModels Default => Shipped.Value;

    internal Truecaser? Truecaser { get; }

    /// <summary>The accurate truecasing mode's head and vector source, when its model file is present.</summary>
    public ContextualCasing? AccurateCasing { get; }

    public SpellingDictionary? Spelling { get; }

    public bool HasTruecaser => Truecaser != null;

    public bool HasAccurateTruecaser => AccurateCasing != null;

    public bool HasSpelling => Spelling != null;

    /// <summary>
    /// The models with the accurate mode's vectors taken from <paramref name="vectors"/> (eval commands
    /// pass a disk cache) and, when given, its head replaced (<paramref name="head"/>: tuning on dev).
    /// </summary>
    public RepairModels WithContextualVectors(IContextualWordVectors vectors, ContextualCaseHead? head = null)
    {
        var chosen = head ?? AccurateCasing?.Head;
        return new RepairModels(Truecaser, Spelling, Files, chosen == null ? null : new ContextualCasing(chosen, vectors));
    }

    public static RepairModels LoadFrom(string directory)
    {
        var files = new List<ModelInfo>();
        Truecaser? truecaser = null;
        var lexiconPath = Path.Combine(directory, LexiconFile);
        var perceptronPath = Path.Combine(directory, PerceptronFile);
        if (File.Exists(lexiconPath) && File.Exists(perceptronPath))
        {
            using var lexicon = File.OpenRead(lexiconPath);
            truecaser = new Truecaser(CaseLexicon.Load(lexicon), PerceptronModel.Load(perceptronPath));
            var version = truecaser.Model.Metadata.GetValueOrDefault("version", "1.0.0");
            files.Add(ModelInfo.FromFile("truecase-lexicon", version, lexiconPath));
            files.Add(ModelInfo.FromFile("truecase-perceptron", version, perceptronPath));
        }

        ContextualCasing? accurate = null;
        var accuratePath = Path.Combine(directory, ContextualCaseHead.FileName);
        if (File.Exists(accuratePath))
        {
            using var stream = File.OpenRead(accuratePath);
            var head = ContextualCaseHead.Load(stream);
            accurate = new ContextualCasing(head, EncoderWordVectors.Live);
            files.Add(ModelInfo.FromFile(AccurateTruecaseName, head.Metadata.GetValueOrDefault("version", "1.0.0"), accuratePath));
        }

        SpellingDictionary? spelling = null;
        var spellingPath = Path.Combine(directory, SpellingFile);
        if (File.Exists(spellingPath))
        {
            using var dictionary = File.OpenRead(spellingPath);
            spelling = SpellingDictionary.Load(dictionary);
            files.Add(ModelInfo.FromFile("spelling-dictionary", "1.0.0", spellingPath));
        }

        return new RepairModels(truecaser, spelling, files, accurate);
    }
}
