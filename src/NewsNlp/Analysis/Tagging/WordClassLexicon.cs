using System.Globalization;
using NewsNlp.Analysis.Perceptron;

namespace NewsNlp.Analysis.Tagging;

/// <summary>
/// Which open word classes a dictionary (WordNet 3.0) gives a word, for words the tagged training data
/// saw too rarely: "hostile" is an adjective (and a noun), "mesmerizing" the -ing form of a verb. Holds the
/// single-word lemmas with their classes and the irregular inflections; regular inflections are found by
/// taking off a suffix at lookup ("stopped" → stop, "cities" → city), after WordNet's own morphology.
/// Keys are lower case; lookups take spans and allocate nothing.
/// </summary>
public sealed class WordClassLexicon
{
    // Bits of a code. The first four: the word is a lemma of that class; the next two: its class with the
    // most senses; then what an inflection makes of a lemma.
    internal const ushort Noun = 1, Verb = 2, Adjective = 4, Adverb = 8;
    private const int DominantShift = 4;
    internal const ushort Plural = 1 << 6, Past = 1 << 7, Gerund = 1 << 8, ThirdPerson = 1 << 9, Comparative = 1 << 10, AdverbOfAdjective = 1 << 11;

    private static readonly (string File, ushort Class)[] IndexFiles = [("index.noun", Noun), ("index.verb", Verb), ("index.adj", Adjective), ("index.adv", Adverb)];
    private static readonly (string File, ushort Inflection)[] ExceptionFiles = [("noun.exc", Plural), ("verb.exc", Past), ("adj.exc", Comparative)];

    private readonly WordCodes<ushort> _codes;

    private WordClassLexicon(WordCodes<ushort> codes) => _codes = codes;

    /// <summary>A lexicon that knows no word (for models trained without WordNet).</summary>
    public static WordClassLexicon Empty { get; } = new(new WordCodes<ushort>(new Dictionary<string, ushort>(StringComparer.Ordinal)));

    public int Count => _codes.Count;

    /// <summary>
    /// The class code of a lower-cased word: its own classes as a lemma, plus the inflections that lead
    /// from it to a lemma (bit set; 0 when WordNet knows neither the word nor a lemma behind it).
    /// </summary>
    public ushort CodeOfLowerCase(ReadOnlySpan<char> word)
    {
        if (_codes.Count == 0 || word.Length < 2)
        {
            return 0;
        }

        var code = Find(word);
        var inflected = (ushort)(Strip(word, "s", "", Noun | Verb) | Strip(word, "es", "", Noun | Verb) | Strip(word, "ies", "y", Noun | Verb));
        code |= (ushort)(((inflected & Noun) != 0 ? Plural : 0) | ((inflected & Verb) != 0 ? ThirdPerson : 0));
        code |= (Strip(word, "ed", "", Verb) | Strip(word, "ed", "e", Verb) | Strip(word, "ied", "y", Verb) | StripDoubled(word, "ed")) != 0 ? Past : (ushort)0;
        code |= (Strip(word, "ing", "", Verb) | Strip(word, "ing", "e", Verb) | StripDoubled(word, "ing")) != 0 ? Gerund : (ushort)0;
        code |= (Strip(word, "er", "", Adjective) | Strip(word, "est", "", Adjective) | Strip(word, "er", "e", Adjective) | Strip(word, "est", "e", Adjective)) != 0 ? Comparative : (ushort)0;
        code |= (Strip(word, "ly", "", Adjective) | Strip(word, "ily", "y", Adjective)) != 0 ? AdverbOfAdjective : (ushort)0;
        return code;
    }

    private ushort Find(ReadOnlySpan<char> word) => _codes.Find(word);

    // The classes (among wanted) of the lemma left when the word ends in suffix and it is replaced by ending.
    private ushort Strip(ReadOnlySpan<char> word, string suffix, string ending, ushort wanted)
    {
        if (word.Length <= suffix.Length + 1 || word.Length - suffix.Length + ending.Length > 64 || !word.EndsWith(suffix, StringComparison.Ordinal))
        {
            return 0;
        }

        Span<char> lemma = stackalloc char[word.Length - suffix.Length + ending.Length];
        word[..^suffix.Length].CopyTo(lemma);
        ending.AsSpan().CopyTo(lemma[(word.Length - suffix.Length)..]);
        return (ushort)(Find(lemma) & wanted);
    }

    // "stopped", "running": the suffix after a doubled consonant, which the lemma has once.
    private ushort StripDoubled(ReadOnlySpan<char> word, string suffix)
    {
        var stem = word.Length - suffix.Length;
        return stem >= 3 && word.EndsWith(suffix, StringComparison.Ordinal) && word[stem - 1] == word[stem - 2]
            ? (ushort)(Find(word[..(stem - 1)]) & Verb)
            : (ushort)0;
    }

    /// <summary>
    /// Builds the lexicon from a WordNet 3.0 database folder (index.noun … and the *.exc exception lists,
    /// as Debian's wordnet-base installs them under /usr/share/wordnet). Multi-word lemmas are skipped.
    /// </summary>
    public static WordClassLexicon Build(string wordNetFolder)
    {
        if (!File.Exists(Path.Combine(wordNetFolder, IndexFiles[0].File)))
        {
            throw new FileNotFoundException($"WordNet 3.0 not found in {wordNetFolder}: install Debian's wordnet-base (apt-get install wordnet-base) or pass --wordnet DIR.");
        }

        var codes = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var senses = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var c = 0; c < IndexFiles.Length; c++)
        {
            foreach (var line in File.ReadLines(Path.Combine(wordNetFolder, IndexFiles[c].File)))
            {
                // "lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offsets…"; licence lines start with spaces.
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (line.StartsWith(' ') || fields.Length < 4 || fields[0].Contains('_', StringComparison.Ordinal))
                {
                    continue;
                }

                var pointers = int.Parse(fields[3], CultureInfo.InvariantCulture);
                var synsets = int.Parse(fields[2], CultureInfo.InvariantCulture);
                var tagged = fields.Length > 5 + pointers ? int.Parse(fields[5 + pointers], CultureInfo.InvariantCulture) : 0;
                codes[fields[0]] = (ushort)(codes.GetValueOrDefault(fields[0]) | IndexFiles[c].Class);
                if (!senses.TryGetValue(fields[0], out var perClass))
                {
                    perClass = new int[IndexFiles.Length];
                    senses[fields[0]] = perClass;
                }

                // Senses seen in the tagged SemCor text weigh most; the synset count breaks ties.
                perClass[c] = (tagged * 1000) + synsets;
            }
        }

        foreach (var (word, perClass) in senses)
        {
            var dominant = 0;
            for (var c = 1; c < perClass.Length; c++)
            {
                dominant = perClass[c] > perClass[dominant] ? c : dominant;
            }

            codes[word] = (ushort)(codes[word] | (dominant << DominantShift));
        }

        foreach (var (file, inflection) in ExceptionFiles)
        {
            foreach (var line in File.ReadLines(Path.Combine(wordNetFolder, file)))
            {
                var form = line.Split(' ', 2)[0];
                if (form.Length > 0 && !form.Contains('_', StringComparison.Ordinal))
                {
                    codes[form] = (ushort)(codes.GetValueOrDefault(form) | inflection);
                }
            }
        }

        return new WordClassLexicon(new WordCodes<ushort>(codes));
    }

    /// <summary>Writes the entries in ordinal order, so the bytes depend only on the content.</summary>
    public void Write(BinaryWriter writer) => _codes.Write(writer, static (w, code) => w.Write(code));

    public static WordClassLexicon Read(BinaryReader reader) => new(WordCodes<ushort>.Read(reader, static r => r.ReadUInt16()));
}
