using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Repair;

/// <summary>
/// Repairs the raw text into the cleaned text, in an order where each pass sees the previous ones'
/// result: encoding → invisible characters and spaces → boilerplate and duplicates → missing spaces →
/// casing → spelling. Every change becomes a raw-coordinate edit (see <see cref="EditLog"/>), then the
/// cleaned text is split into blocks and tables.
/// </summary>
public sealed class RepairStage(RepairOptions options, RepairModels models) : IStage, IReportsModels
{
    public RepairStage()
        : this(RepairOptions.Default, RepairModels.Default)
    {
    }

    public string Name => "repair";

    public Layer Requires => Layer.Raw;

    public Layer Provides => Layer.CleanText | Layer.Blocks;

    // The accurate truecaser's file is listed only when the run uses it.
    public IReadOnlyList<ModelInfo> Models => options.TruecaseModel == Stance.ModelMode.Accurate
        ? models.Files
        : [.. models.Files.Where(f => f.Name != RepairModels.AccurateTruecaseName)];

    public void Process(Article article, CancellationToken cancellationToken)
    {
        var log = Repair(article.Raw, article.Status == ArticleStatus.Ok, cancellationToken);
        article.ApplyEdits(log.ToEdits());
        BlockBuilder.Build(article);
    }

    /// <summary>Runs the passes over <paramref name="raw"/>; language-specific passes only for supported text.</summary>
    internal EditLog Repair(string raw, bool english, CancellationToken cancellationToken = default)
    {
        var log = new EditLog(raw);
        var proposed = new List<PendingEdit>();
        if (options.Encoding)
        {
            EncodingRepair.Propose(log.Current, proposed);
            Apply(log, proposed);
        }

        if (options.Whitespace)
        {
            WhitespaceRepair.Propose(log.Current, proposed);
            Apply(log, proposed);
        }

        if (options.Boilerplate || options.Duplicates)
        {
            RemoveTemplateText(log, proposed);
        }

        if (options.Spacing)
        {
            SpacingRepair.Propose(log.Current, proposed, english ? models.Spelling : null);
            Apply(log, proposed);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var truecaser = english && options.Truecase ? models.Truecaser : null;
        var spelling = english && options.Spelling ? models.Spelling : null;
        var words = new List<WordToken>();
        var speller = spelling == null ? null : new SpellingRepair(spelling, models.Truecaser?.Lexicon) { MinConfidence = options.MinConfidence };
        CaseEntry?[]? entries = null;
        if (truecaser != null || speller != null)
        {
            // One scan and one lexicon look-up per lower-case word serve both casing and spelling.
            ScanWords(log.Current, words);
            entries = models.Truecaser is { } lexiconOwner ? TruecaseFeatures.LowerCaseEntries(log.Current, words, lexiconOwner.Lexicon) : null;
        }

        if (truecaser != null)
        {
            var length = log.Current.Length;
            var contextual = options.TruecaseModel == Stance.ModelMode.Accurate ? models.AccurateCasing : null;
            truecaser.Propose(log.Current, words, entries!, proposed, options.RestoreLowerCasedText, speller == null ? null : speller.IsLikelyTypo, contextual);
            Apply(log, proposed);

            // Casing keeps every length, so the words found before it still stand; rescan only if not.
            if (log.Current.Length != length)
            {
                ScanWords(log.Current, words);
                entries = TruecaseFeatures.LowerCaseEntries(log.Current, words, truecaser.Lexicon);
            }
        }

        if (speller != null)
        {
            speller.Propose(log.Current, words, entries, proposed);
            Apply(log, proposed);
        }

        return log;
    }

    private void RemoveTemplateText(EditLog log, List<PendingEdit> proposed)
    {
        var text = log.Current;
        var lines = LineClassifier.Classify(text);
        var removed = new string?[lines.Count];
        if (options.Boilerplate)
        {
            BoilerplateRepair.Mark(text, lines, removed);
            BoilerplateRepair.Propose(text, lines, removed, EditKind.Boilerplate, proposed);
        }

        if (options.Duplicates)
        {
            DuplicateDetector.Mark(text, lines, removed);
            BoilerplateRepair.Propose(text, lines, removed, EditKind.Duplicate, proposed);
        }

        Apply(log, proposed);
    }

    /// <summary>Scans words and marks those in markdown code and in title-case headings, whose case style is left alone.</summary>
    private static void ScanWords(string text, List<WordToken> words)
    {
        words.Clear();
        words.EnsureCapacity(text.Length / 5); // about one word per six characters of English text
        WordScanner.Scan(text, words);
        CodeSpans.Protect(text, words);
        var lines = LineClassifier.Classify(text);
        var w = 0;
        foreach (var line in lines)
        {
            while (w < words.Count && words[w].Start < line.Start)
            {
                w++;
            }

            if (line.Kind != LineKind.Heading || !LineClassifier.IsTitleCase(line.Of(text)))
            {
                continue;
            }

            for (; w < words.Count && words[w].Start < line.End; w++)
            {
                words[w] = words[w] with { Flags = words[w].Flags | WordFlags.Heading };
            }
        }
    }

    private void Apply(EditLog log, List<PendingEdit> proposed)
    {
        proposed.RemoveAll(e => e.Confidence < options.MinConfidence);
        log.Apply(proposed);
        proposed.Clear();
    }
}
