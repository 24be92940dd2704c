using NewsNlp.Analysis.Perceptron;
using NewsNlp.Models;
using NewsNlp.Pipeline;

namespace NewsNlp.Repair;

/// <summary>
/// The repair stage's models: the truecaser (case lexicon + perceptron) and the spelling dictionary.
/// Loaded once per process from <see cref="ModelLocator"/> and shared read-only by every thread; a
/// missing file leaves that repair off rather than failing the run.
/// </summary>
public sealed class RepairModels
{
    public const string LexiconFile = "truecase-lexicon.bin";
    public const string PerceptronFile = "truecase-perceptron.bin";
    public const string SpellingFile = "spelling-dictionary.bin";

    private static readonly Lazy<RepairModels> Shipped = new(() => LoadFrom(ModelLocator.ModelsDirectory()));

    internal RepairModels(Truecaser? truecaser, SpellingDictionary? spelling, IReadOnlyList<ModelInfo>? files = null)
    {
        Truecaser = truecaser;
        Spelling = spelling;
        Files = files ?? [];
    }

    /// <summary>The model files loaded, with their hashes, for run.json.</summary>
    public IReadOnlyList<ModelInfo> Files { get; }

    /// <summary>No models: only the rule-based repairs run.</summary>
    public static RepairModels None { get; } = new(null, null);

    /// <summary>The models shipped in models/, loaded on first use.</summary>
    public static RepairModels Default => Shipped.Value;

    internal Truecaser? Truecaser { get; }

    public SpellingDictionary? Spelling { get; }

    public bool HasTruecaser => Truecaser != null;

    public bool HasSpelling => Spelling != null;

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

        SpellingDictionary? spelling = null;
        var spellingPath = Path.Combine(directory, SpellingFile);
        if (File.Exists(spellingPath))
        {
            using var dictionary = File.OpenRead(spellingPath);
            spelling = SpellingDictionary.Load(dictionary);
            files.Add(ModelInfo.FromFile("spelling-dictionary", "1.0.0", spellingPath));
        }

        return new RepairModels(truecaser, spelling, files);
    }
}
