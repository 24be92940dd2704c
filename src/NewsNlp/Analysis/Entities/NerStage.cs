using System.Buffers;
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
public sealed class NerStage(EntityRecognizer recognizer) : IStage, IReportsModels
{
    /// <summary>Confidence given to names found by a pattern rather than the model.</summary>
    private const double PatternConfidence = 0.6;

    /// <summary>A stage over the shipped model (loaded once per process).</summary>
    public NerStage()
        : this(EntityRecognizer.Shared)
    {
        Models = [ModelInfo.FromFile("ner", EntityRecognizer.Shared.Metadata.GetValueOrDefault("version", "unknown"), ModelLocator.PathOf(EntityRecognizer.ModelFile))];
    }

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
        if (article.Sentences.Count == 0 && article.Tokens.Length > 0)
        {
            ProcessSentence(article.Clean, article.Tokens, -1, memory, names, found);
        }

        for (var s = 0; s < article.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = article.Sentences[s];
            var first = Math.Clamp(sentence.FirstToken, 0, article.Tokens.Length);
            var count = Math.Clamp(sentence.TokenCount, 0, article.Tokens.Length - first);
            ProcessSentence(article.Clean, article.Tokens.AsSpan(first, count), s, memory, names, found);
        }

        NameConsistency.AddRepeats(article, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        article.Mentions.AddRange(found);
    }

    private void ProcessSentence(string text, ReadOnlySpan<Token> tokens, int sentence, DocumentMemory memory, List<RecognizedName> names, List<Mention> found)
    {
        if (tokens.IsEmpty)
        {
            return;
        }

        names.Clear();
        recognizer.Recognize(text, tokens, memory, names);
        var spans = new List<Candidate>(names.Count + 4);
        var hits = ArrayPool<GazetteerHit>.Shared.Rent(tokens.Length);
        try
        {
            recognizer.Gazetteer.Match(text, tokens, hits);

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
            AddTitledPersons(spans, hits, text, tokens);
            for (var i = 0; i < tokens.Length; i++)
            {
                var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
                if (NamePatterns.IsStateBeforePossessive(text, tokens, i))
                {
                    // "Zembla’s foreign ministry" outweighs whatever type the model gave the single word.
                    var same = spans.FindIndex(c => c.First == i && c.End == i + 1 && c.Type != EntityTypes.Date);
                    if (same >= 0)
                    {
                        spans[same] = spans[same] with { Type = EntityTypes.Gpe };
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
            // A possessive glued to the last token ("Russia’s") is left out of the name.
            var last = tokens[c.End - 1];
            var stop = c.EndChar > 0 ? c.EndChar : last.Start + DatePatterns.StripPossessive(text.AsSpan(last.Start, last.Length)).Length;
            found.Add(new Mention { Start = tokens[c.First].Start, End = stop, Type = c.Type, Kind = MentionKind.Name, Sentence = sentence, Confidence = c.Confidence });
        }
    }

    /// <summary>
    /// A title followed by capitalised words names a person: added when the model found nothing there,
    /// and replacing what it found inside the run ("Ursula [von]PER [Leyen]ORG" → one PERSON).
    /// </summary>
    private static void AddTitledPersons(List<Candidate> spans, GazetteerHit[] hits, string text, ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length - 1; i++)
        {
            if ((hits[i].Kinds & GazetteerKind.Title) == 0 || hits[i].Position is not (BilouPosition.Last or BilouPosition.Unit))
            {
                continue;
            }

            var end = NamePatterns.PersonAfterTitle(text, tokens, hits, i + 1);
            var run = new Candidate(i + 1, end, EntityTypes.Person, PatternConfidence);
            if (end <= i + 1)
            {
                continue;
            }

            var overlapping = spans.FindAll(c => c.Overlaps(run));
            if (overlapping.TrueForAll(c => c.First >= run.First && c.End <= run.End))
            {
                spans.RemoveAll(c => c.Overlaps(run));
                spans.Add(overlapping.Count == 0 ? run : run with { Confidence = overlapping.Max(c => c.Confidence) });
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
            var inside = spans.FindAll(c => c.Overlaps(entry));
            if (type != null && inside.Count > 0 && inside.TrueForAll(c => c.First >= i && c.End <= end && c.Type != EntityTypes.Date)
                && !(inside.Count == 1 && inside[0].First == i && inside[0].End == end))
            {
                spans.RemoveAll(c => c.Overlaps(entry));
                spans.Add(entry with { Confidence = inside.Max(c => c.Confidence) });
            }

            i = end - 1;
        }
    }

    private static void TryAdd(List<Candidate> spans, Candidate candidate)
    {
        if (candidate.End > candidate.First && !spans.Exists(c => c.Overlaps(candidate)))
        {
            spans.Add(candidate);
        }
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

    /// <summary>A mention in the making: tokens [First, End), and the character end when it stops inside the last token.</summary>
    private readonly record struct Candidate(int First, int End, string Type, double Confidence, int EndChar = 0)
    {
        public bool Overlaps(Candidate other) => First < other.End && other.First < End;
    }
}
