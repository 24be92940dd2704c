using System.Buffers;
using NewsNlp.Analysis.Contextual;
using NewsNlp.Analysis.Tagging;
using NewsNlp.Documents;
using NewsNlp.Models;
using NewsNlp.Pipeline;

namespace NewsNlp.Analysis.Entities;

/// <summary>
/// Fills <see cref="Article.Mentions"/> with names (Kind = Name): PERSON, ORG, GPE and LOC from the trained
/// recogniser (a LOC the gazetteer knows as a country, city or state becomes GPE), backed up by pattern
/// spotters (a title before a name, "X’s foreign ministry"), plus NORP (demonyms) and DATE by patterns.
/// One document memory per article lets a later lower-case "putin" inherit the earlier "Vladimir Putin".
/// Thread-safe: the recogniser is shared read-only, everything else lives in the call.
/// </summary>
public sealed class NerStage(INameRecognizer recognizer) : IStage, IReportsModels
{
    /// <summary>Confidence given to names found by a pattern rather than the model.</summary>
    private const double PatternConfidence = 0.6;

    /// <summary>A stage over the shipped fast model (loaded once per process).</summary>
    public NerStage()
        : this(EntityRecognizer.Shared)
    {
        Models = [ShippedModel("ner", EntityRecognizer.Shared.Metadata, EntityRecognizer.ModelFile)];
    }

    private NerStage(INameRecognizer recognizer, IReadOnlyList<ModelInfo> models)
        : this(recognizer)
    {
        Models = models;
    }

    /// <summary>
    /// The stage over the shipped fast recogniser, or with <see cref="Stance.ModelMode.Accurate"/> the
    /// accurate one (the fast model plus its contextual head, models/ner-accurate.bin).
    /// </summary>
    public static NerStage Create(Stance.ModelMode mode) =>
        mode == Stance.ModelMode.Accurate
            ? new NerStage(
                AccurateEntityRecognizer.Shared,
                [
                    ShippedModel("ner", EntityRecognizer.Shared.Metadata, EntityRecognizer.ModelFile),
                    ShippedModel("ner-accurate", AccurateEntityRecognizer.Shared.Head.Metadata, AccurateEntityRecognizer.ModelFile),
                ])
            : new NerStage();

    private static ModelInfo ShippedModel(string name, IReadOnlyDictionary<string, string> metadata, string file) =>
        ModelInfo.FromFile(name, metadata.GetValueOrDefault("version", "unknown"), ModelLocator.PathOf(file));

    /// <summary>The shipped model file, for run.json; empty for a recogniser given in code.</summary>
    public IReadOnlyList<ModelInfo> Models { get; } = [];

    public string Name => "ner";

    /// <summary>Tokens and sentences, and their part-of-speech tags when the model was trained with them.</summary>
    public Layer Requires => Layer.Tokens | Layer.Sentences | (recognizer.UsesPartOfSpeech ? Layer.PartOfSpeech : Layer.None);

    public Layer Provides => Layer.Mentions;

    public void Process(Article article, CancellationToken cancellationToken)
    {
        // Re-running the stage (benchmarks, re-analysis) replaces its names instead of doubling them.
        article.Mentions.RemoveAll(m => m.Kind == MentionKind.Name);
        var memory = new DocumentMemory();
        var names = new List<RecognizedName>();
        var found = new List<Mention>();
        var spans = new List<Candidate>();
        Token[]? withoutMarkup = null;
        if (article.Sentences.Count == 0 && article.Tokens.Length > 0)
        {
            ProcessSentence(article.Clean, MarkupTokens.Without(article.Clean, article.Tokens, ref withoutMarkup), -1, memory, names, spans, found);
        }

        // The accurate recogniser's vectors are made for several sentences at once: batched encoder runs.
        var accurate = recognizer as AccurateEntityRecognizer;
        ContextualVectors[]? vectors = null;
        for (var s = 0; s < article.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (accurate != null && s % AccurateEntityRecognizer.SentencesPerBatch == 0)
            {
                var end = Math.Min(article.Sentences.Count, s + AccurateEntityRecognizer.SentencesPerBatch);
                var inputs = new ContextualInput[end - s];
                for (var i = s; i < end; i++)
                {
                    inputs[i - s] = EntityVectors.InputOf(article.Clean, SentenceTokens(article, i, ref withoutMarkup));
                }

                vectors = accurate.Vectors(inputs);
            }

            ProcessSentence(article.Clean, SentenceTokens(article, s, ref withoutMarkup), s, memory, names, spans, found, vectors?[s % AccurateEntityRecognizer.SentencesPerBatch]);
        }

        NameConsistency.AddRepeats(article, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        article.Mentions.AddRange(found);
    }

    // A sentence's tokens without markdown marks (in `buffer` when some are dropped, valid until the next call).
    private static ReadOnlySpan<Token> SentenceTokens(Article article, int sentence, ref Token[]? buffer)
    {
        var first = Math.Clamp(article.Sentences[sentence].FirstToken, 0, article.Tokens.Length);
        var count = Math.Clamp(article.Sentences[sentence].TokenCount, 0, article.Tokens.Length - first);
        return MarkupTokens.Without(article.Clean, article.Tokens.AsSpan(first, count), ref buffer);
    }

    // Names, spans and found are the article's lists, reused sentence after sentence (cleared here); vectors
    // are the sentence's contextual vectors when the accurate recogniser made them beforehand.
    private void ProcessSentence(string text, ReadOnlySpan<Token> tokens, int sentence, DocumentMemory memory, List<RecognizedName> names, List<Candidate> spans, List<Mention> found, ContextualVectors? vectors = null)
    {
        if (tokens.IsEmpty)
        {
            return;
        }

        names.Clear();
        spans.Clear();
        var hits = ArrayPool<GazetteerHit>.Shared.Rent(tokens.Length);
        try
        {
            // The recogniser matches the gazetteer for its features and hands the hits on.
            if (vectors != null && recognizer is AccurateEntityRecognizer accurate)
            {
                accurate.Recognize(text, tokens, vectors, memory, names, hits);
            }
            else
            {
                recognizer.Recognize(text, tokens, memory, names, hits);
            }

            // Dates first: a month or weekday the model took for a name ("August") is a date.
            for (var i = 0; i < tokens.Length; i++)
            {
                var (endToken, endChar) = DatePatterns.Match(text, tokens, i);
                if (endToken > i)
                {
                    spans.Add(new Candidate(i, endToken, EntityTypes.Date, 0.9, endChar));
                    i = endToken - 1;
                }
            }

            foreach (var name in names)
            {
                TryAdd(spans, new Candidate(name.FirstToken, name.EndToken, SchemaType(text, tokens, name), name.Confidence));
            }

            MergeGazetteerFragments(spans, hits, tokens.Length);
            AddTitledPersons(spans, hits, recognizer.Lexicon, text, tokens);
            for (var i = 0; i < tokens.Length; i++)
            {
                var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
                if (NamePatterns.IsStateBeforePossessive(text, tokens, i))
                {
                    // "Zembla’s foreign ministry" outweighs whatever type the model gave the single word.
                    for (var same = 0; same < spans.Count; same++)
                    {
                        if (spans[same].First == i && spans[same].End == i + 1 && spans[same].Type != EntityTypes.Date)
                        {
                            spans[same] = spans[same] with { Type = EntityTypes.Gpe };
                            break;
                        }
                    }

                    TryAdd(spans, new Candidate(i, i + 1, EntityTypes.Gpe, PatternConfidence));
                }
                else if (hits[i].Kinds.HasFlag(GazetteerKind.Demonym) && hits[i].Position == BilouPosition.Unit && NamePatterns.IsNorp(word))
                {
                    TryAdd(spans, new Candidate(i, i + 1, EntityTypes.Norp, 0.9));
                }
            }
        }
        finally
        {
            ArrayPool<GazetteerHit>.Shared.Return(hits);
        }

        spans.Sort((a, b) => a.First.CompareTo(b.First));
        foreach (var c in spans)
        {
            // A possessive glued to the last token ("Russia’s") is left out of the name, and so is what follows a
            // markdown mark inside it (the recogniser read the tokens without their marks).
            var cut = MarkupTokens.LastBeforeMarkedGap(text, tokens, c.First, c.End);
            var last = tokens[cut >= 0 ? cut : c.End - 1];
            var stop = cut < 0 && c.EndChar > 0 ? c.EndChar : last.Start + Possessive.Strip(text.AsSpan(last.Start, last.Length)).Length;
            found.Add(new Mention { Start = tokens[c.First].Start, End = stop, Type = c.Type, Kind = MentionKind.Name, Sentence = sentence, Confidence = c.Confidence });
        }
    }

    /// <summary>
    /// A title followed by capitalised words names a person: added when the model found nothing there,
    /// and replacing what it found inside the run ("Ursula [von]PER [Leyen]ORG" → one PERSON).
    /// </summary>
    private static void AddTitledPersons(List<Candidate> spans, GazetteerHit[] hits, WordListLexicon lexicon, string text, ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length - 1; i++)
        {
            if ((hits[i].Kinds & GazetteerKind.Title) == 0 || hits[i].Position is not (BilouPosition.Last or BilouPosition.Unit))
            {
                continue;
            }

            var end = NamePatterns.PersonAfterTitle(text, tokens, hits, lexicon, i + 1);
            var run = new Candidate(i + 1, end, EntityTypes.Person, PatternConfidence);
            if (end <= i + 1)
            {
                continue;
            }

            var overlapping = Overlapping.Of(spans, run);
            if (overlapping.AllInside)
            {
                RemoveOverlapping(spans, run);
                spans.Add(overlapping.Count == 0 ? run : run with { Confidence = overlapping.MaxConfidence });
            }
        }
    }

    /// <summary>
    /// Where the model split a multi-word gazetteer entry into pieces ("White"LOC "House"ORG), the entry
    /// wins as one name of its kind: an organisation is ORG, a country, city or state GPE, a region LOC.
    /// </summary>
    private static void MergeGazetteerFragments(List<Candidate> spans, GazetteerHit[] hits, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (hits[i].Position != BilouPosition.Begin)
            {
                continue;
            }

            var end = i + 1;
            while (end < count && hits[end].Position == BilouPosition.Inside)
            {
                end++;
            }

            end = Math.Min(count, end + 1);
            var kinds = hits[i].Kinds;
            var type = (kinds & GazetteerKind.Organisation) != 0 ? EntityTypes.Org
                : (kinds & GazetteerKind.Political) != 0 ? EntityTypes.Gpe
                : (kinds & GazetteerKind.Region) != 0 ? EntityTypes.Loc
                : null;
            var entry = new Candidate(i, end, type ?? EntityTypes.Loc, 0);
            var inside = Overlapping.Of(spans, entry);
            if (type != null && inside.Count > 0 && inside.AllInside && !inside.AnyDate
                && !(inside.Count == 1 && inside.First.First == i && inside.First.End == end))
            {
                RemoveOverlapping(spans, entry);
                spans.Add(entry with { Confidence = inside.MaxConfidence });
            }

            i = end - 1;
        }
    }

    private static void TryAdd(List<Candidate> spans, Candidate candidate)
    {
        if (candidate.End > candidate.First && Overlapping.Of(spans, candidate).Count == 0)
        {
            spans.Add(candidate);
        }
    }

    // Removes the spans overlapping the candidate, keeping the others in order (loops, not lambdas: a
    // lambda capturing the candidate allocated a closure for every token these passes look at).
    private static void RemoveOverlapping(List<Candidate> spans, Candidate candidate)
    {
        var kept = 0;
        for (var j = 0; j < spans.Count; j++)
        {
            if (!spans[j].Overlaps(candidate))
            {
                spans[kept++] = spans[j];
            }
        }

        spans.RemoveRange(kept, spans.Count - kept);
    }

    /// <summary>
    /// The schema type of a recognised name: PER → PERSON; LOC → GPE for countries, cities and states;
    /// a lone demonym ("Russian") is NORP whatever the model said.
    /// </summary>
    private string SchemaType(string text, ReadOnlySpan<Token> tokens, RecognizedName name)
    {
        var kinds = recognizer.Gazetteer.Lookup(text, tokens[name.FirstToken..name.EndToken]);
        return name.Type switch
        {
            _ when kinds == GazetteerKind.Demonym && NamePatterns.IsNorp(text.AsSpan(tokens[name.FirstToken].Start, tokens[name.FirstToken].Length)) => EntityTypes.Norp,
            "PER" => EntityTypes.Person,
            "ORG" => EntityTypes.Org,
            _ when (kinds & GazetteerKind.Political) != 0 => EntityTypes.Gpe,
            _ when (kinds & GazetteerKind.Organisation) != 0 => EntityTypes.Org,
            _ => EntityTypes.Loc,
        };
    }

    /// <summary>What the spans overlapping a candidate are: how many, the first, whether all lie inside it, whether any is a date, and their best confidence.</summary>
    private readonly record struct Overlapping(int Count, Candidate First, bool AllInside, bool AnyDate, double MaxConfidence)
    {
        public static Overlapping Of(List<Candidate> spans, Candidate candidate)
        {
            var result = new Overlapping(0, default, true, false, double.MinValue);
            foreach (var c in spans)
            {
                if (c.Overlaps(candidate))
                {
                    result = new Overlapping(
                        result.Count + 1,
                        result.Count == 0 ? c : result.First,
                        result.AllInside && c.First >= candidate.First && c.End <= candidate.End,
                        result.AnyDate || c.Type == EntityTypes.Date,
                        Math.Max(result.MaxConfidence, c.Confidence));
                }
            }

            return result;
        }
    }

    /// <summary>A mention in the making: tokens [First, End), and the character end when it stops inside the last token.</summary>
    private readonly record struct Candidate(int First, int End, string Type, double Confidence, int EndChar = 0)
    {
        public bool Overlaps(Candidate other) => First < other.End && other.First < End;
    }
}
