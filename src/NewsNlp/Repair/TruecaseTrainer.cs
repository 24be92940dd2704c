using NewsNlp.Documents;
using System.Runtime.InteropServices;
using NewsNlp.Analysis.Perceptron;

namespace NewsNlp.Repair;

/// <summary>
/// Trains the truecaser from correctly cased documents. First the case lexicon: each word's forms counted
/// away from sentence starts, plus a word list's proper nouns and common words. Then the perceptron, on
/// copies of the documents damaged the way archives are: wholly lower-cased (half the documents, as the
/// truecasing benchmark does) or with some capitalised words lowered (as in the sample article), so it
/// learns to use the case of the context when there is one. Deterministic for a given seed.
/// </summary>
public static class TruecaseTrainer
{
    private const double PartialLowerRate = 0.3;

    /// <summary>
    /// Case statistics of <paramref name="documents"/> plus the word lists: <paramref name="wordList"/> (cased,
    /// proper nouns capitalised) and <paramref name="commonWords"/> (lower-case frequency list). A word in
    /// the frequency list that the cased list never capitalises counts as a common word.
    /// </summary>
    public static CaseLexicon BuildLexicon(IReadOnlyList<string> documents, IReadOnlyList<string> wordList, IReadOnlySet<string> commonWords)
    {
        var entries = new Dictionary<string, CaseEntry>(StringComparer.Ordinal);
        var mixedForms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var bigrams = new Dictionary<string, BigramCounts>(StringComparer.Ordinal);
        var words = new List<WordToken>();
        Span<char> key = stackalloc char[64];
        foreach (var doc in documents)
        {
            words.Clear();
            WordScanner.Scan(doc, words);
            CountBigrams(doc, words, bigrams, entries);
            foreach (var w in words)
            {
                if (w.Is(WordFlags.SentenceStart) || w.Is(WordFlags.HasDigit) || w.Is(WordFlags.Protected))
                {
                    continue;
                }

                var form = Possessive.Strip(doc.AsSpan(w.Start, w.Length));
                var length = CaseLexicon.Key(form, key);
                if (length == 0)
                {
                    continue;
                }

                var k = key[..length].ToString();
                var entry = GetOrAdd(entries, k);
                switch (Truecaser.ClassOf(form, null))
                {
                    case 0:
                        entry.Lower++;
                        break;
                    case 1:
                        entry.Title++;
                        break;
                    case 2:
                        entry.Upper++;
                        break;
                    default:
                        entry.Mixed++;
                        var forms = mixedForms.TryGetValue(k, out var f) ? f : mixedForms[k] = new Dictionary<string, int>(StringComparer.Ordinal);
                        var s = form.ToString();
                        forms[s] = forms.GetValueOrDefault(s) + 1;
                        break;
                }
            }
        }

        foreach (var (k, forms) in mixedForms)
        {
            entries[k].MixedForm = forms.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
        }

        AddWordList(entries, wordList, commonWords, key);

        // Only pairs seen capitalised often enough to count are kept: the rest would only fill the file.
        var titleBigrams = bigrams.Where(p => p.Value.Capitalised >= CaseLexicon.MinBigramCapitalised).ToDictionary(StringComparer.Ordinal);
        return new CaseLexicon(entries, titleBigrams);
    }

    // Adjacent words of one sentence, one space apart, neither a sentence start: how often both are capitalised;
    // and, for each word next to a capitalised one (Title case, not a possessive: "Trump's house" says
    // nothing of "house"), how often it is capitalised too.
    private static void CountBigrams(string doc, List<WordToken> words, Dictionary<string, BigramCounts> bigrams, Dictionary<string, CaseEntry> entries)
    {
        Span<char> key = stackalloc char[(2 * CaseLexicon.MaxKey) + 1];
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (a, b) = (words[i], words[i + 1]);
            if (b.Start != a.End + 1 || doc[a.End] != ' ' || a.Is(WordFlags.SentenceStart) || b.Is(WordFlags.SentenceStart)
                || ((a.Flags | b.Flags) & (WordFlags.HasDigit | WordFlags.Protected)) != 0)
            {
                continue;
            }

            var first = CaseLexicon.Key(doc.AsSpan(a.Start, a.Length), key);
            if (first == 0)
            {
                continue;
            }

            key[first] = ' ';
            var second = CaseLexicon.Key(doc.AsSpan(b.Start, b.Length), key[(first + 1)..(first + 1 + CaseLexicon.MaxKey)]);
            if (second == 0)
            {
                continue;
            }

            var capitalised = !a.Is(WordFlags.Lower) && !b.Is(WordFlags.Lower) ? 1 : 0;
            ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(bigrams.GetAlternateLookup<ReadOnlySpan<char>>(), key[..(first + 1 + second)], out _);
            counts = new BigramCounts(counts.Capitalised + capitalised, counts.Total + 1);

            if (IsNameWord(doc, a))
            {
                var entry = GetOrAdd(entries, key[(first + 1)..(first + 1 + second)].ToString());
                entry.AfterCapitalised = Add(entry.AfterCapitalised, !b.Is(WordFlags.Lower));
            }

            if (IsNameWord(doc, b))
            {
                var entry = GetOrAdd(entries, key[..first].ToString());
                entry.BeforeCapitalised = Add(entry.BeforeCapitalised, !a.Is(WordFlags.Lower));
            }
        }
    }

    // A Title-case word of two letters or more, not a possessive: as CasingEvidence sees a capitalised neighbour.
    private static bool IsNameWord(string doc, WordToken w)
        => w.Is(WordFlags.Title) && w.Length >= 2 && Possessive.Strip(doc.AsSpan(w.Start, w.Length)).Length == w.Length;

    private static BigramCounts Add(BigramCounts counts, bool capitalised)
        => new(counts.Capitalised + (capitalised ? 1 : 0), counts.Total + 1);

    private static void AddWordList(Dictionary<string, CaseEntry> entries, IReadOnlyList<string> wordList, IReadOnlySet<string> commonWords, Span<char> key)
    {
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in wordList)
        {
            var word = raw.Trim();
            if (word.Length == 0 || !char.IsLetter(word[0]))
            {
                continue;
            }

            var length = CaseLexicon.Key(word, key);
            if (length == 0)
            {
                continue;
            }

            var k = key[..length].ToString();
            if (char.IsUpper(word[0]))
            {
                capitalised.Add(k);
                GetOrAdd(entries, k);
            }
            else
            {
                GetOrAdd(entries, k).CommonWord = true;
            }
        }

        foreach (var k in capitalised)
        {
            var entry = entries[k];
            entry.ProperNoun = !entry.CommonWord;
        }

        // Only words already known get the flag: the frequency list alone would make the lexicon huge.
        foreach (var (k, entry) in entries)
        {
            entry.CommonWord |= !capitalised.Contains(k) && commonWords.Contains(k);
        }
    }

    private static CaseEntry GetOrAdd(Dictionary<string, CaseEntry> entries, string key)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            entry = new CaseEntry();
            entries[key] = entry;
        }

        return entry;
    }

    /// <summary>
    /// Trains the perceptron with cross-fitted statistics: each half of the documents is featurised with a
    /// lexicon built from the other half, so the model meets rare and unknown words as it will on new text
    /// (a lexicon built from the same documents would make every word look known and confident).
    /// </summary>
    public static PerceptronModel TrainModel(IReadOnlyList<string> documents, Func<IReadOnlyList<string>, CaseLexicon> buildLexicon, int seed, int epochs, int tableBits, IReadOnlyDictionary<string, string> metadata, Action<string>? log = null)
    {
        var halves = CrossFittedLexicons(documents, buildLexicon);
        var trainer = new PerceptronTrainer(Truecaser.Classes, tableBits);
        var random = new Random(seed);
        var order = Enumerable.Range(0, documents.Count).ToList();
        var words = new List<WordToken>();
        Span<uint> features = stackalloc uint[TruecaseFeatures.MaxFeatures];
        Span<float> scratch = stackalloc float[Truecaser.Classes.Length];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            PerceptronTrainer.Shuffle(order, random);
            int instances = 0, errors = 0;
            foreach (var d in order)
            {
                var original = documents[d];
                var lexicon = halves[d % 2];
                var observed = Damage(original, random);
                words.Clear();
                WordScanner.Scan(observed, words);
                var entries = TruecaseFeatures.LowerCaseEntries(observed, words, lexicon);
                var mode = TruecaseFeatures.DocumentMode(observed, words, entries);
                for (var i = 0; i < words.Count; i++)
                {
                    var entry = entries[i];
                    if (!Truecaser.IsCandidate(words[i], entry))
                    {
                        continue;
                    }

                    var truth = Truecaser.ClassOf(original.AsSpan(words[i].Start, words[i].Length), entry);

                    // The model decides whether a word is capitalised, and UPPER apart; a mixed form is the
                    // lexicon's to give (Truecaser.UsualCapitals). Taught as a class of its own, Mixed was
                    // worse on dev (eval truecase --dev: EWT F1 0.789 against 0.790, GUM news 0.846 against 0.850).
                    truth = truth == 3 ? 1 : truth;
                    var n = TruecaseFeatures.Extract(observed, words, i, entries, lexicon, mode, features);
                    var guess = trainer.Predict(features[..n], scratch);
                    trainer.Update(features[..n], truth, guess);
                    instances++;
                    errors += guess == truth ? 0 : 1;
                }
            }

            log?.Invoke($"epoch {epoch + 1}: {instances} instances, training error {(double)errors / Math.Max(1, instances):F4}");
        }

        return trainer.Build(metadata);
    }

    /// <summary>
    /// The lexicons to featurise document d with: element d % 2 is built from the other half of the
    /// documents, so a word seen only in d looks unknown, as it will on new text.
    /// </summary>
    public static CaseLexicon[] CrossFittedLexicons(IReadOnlyList<string> documents, Func<IReadOnlyList<string>, CaseLexicon> buildLexicon)
        =>
        [
            buildLexicon(documents.Where((_, i) => i % 2 == 1).ToList()),
            buildLexicon(documents.Where((_, i) => i % 2 == 0).ToList()),
        ];

    /// <summary>A lower-cased copy: the whole text, or (as often) a share of its capitalised words.</summary>
    public static string Damage(string original, Random random)
        => random.NextDouble() < 0.5 ? LowerAll(original) : LowerSome(original, random);

    /// <summary>The whole text lower-cased, letter by letter (every offset stays).</summary>
    public static string LowerAll(string original)
    {
        var chars = original.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            chars[k] = char.ToLowerInvariant(chars[k]);
        }

        return new string(chars);
    }

    /// <summary>A copy with a share of its capitalised words lower-cased, as in damaged articles.</summary>
    public static string LowerSome(string original, Random random)
    {
        var chars = original.ToCharArray();
        var words = new List<WordToken>();
        WordScanner.Scan(original, words);
        foreach (var w in words)
        {
            if (!w.Is(WordFlags.Lower) && random.NextDouble() < PartialLowerRate)
            {
                for (var k = w.Start; k < w.End; k++)
                {
                    chars[k] = char.ToLowerInvariant(chars[k]);
                }
            }
        }

        return new string(chars);
    }
}
