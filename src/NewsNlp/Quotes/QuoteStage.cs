using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Quotes;

/// <summary>
/// Finds direct, partial, mixed and indirect quotes and who said them. Quotations come from the mark
/// scanner and are attributed by the news patterns; a quotation without its own attribution continues
/// the previous speaker's words when it follows them closely ("“…,” Zelenskyy stated. “But …”").
/// Speakers are resolved in text order, so a pronoun finds the speaker just before it.
/// </summary>
public sealed class QuoteStage : IStage
{
    /// <summary>An unattributed quotation this long, opening a sentence, is kept without a speaker.</summary>
    private const int MinUnattributedChars = 40;

    /// <summary>An unattributed quotation left open at its paragraph's end needs this many words to be kept.</summary>
    private const int MinCutOffWords = 6;

    /// <summary>A quotation that is a paragraph of its own needs this many words to be kept without a speaker.</summary>
    private const int MinParagraphQuoteWords = 3;

    /// <summary>How far (in sentences) a quotation may follow the one whose speaker it inherits.</summary>
    private const int ContinuationSentences = 3;

    /// <summary>How far apart two coordinated partial quotes may be ("“dangerous” ((it)) and “ideological”").</summary>
    private const int MaxCoordinationChars = 24;

    /// <summary>At most this many characters (marks, spaces, a colon) between a quote and the next one it introduces.</summary>
    private const int MaxColonGap = 6;

    public string Name => "quotes";

    public Layer Requires => Layer.Tokens | Layer.Sentences | Layer.Entities;

    public Layer Provides => Layer.Quotes;

    public void Process(Article article, CancellationToken cancellationToken)
    {
        article.Quotes.Clear();
        if (article.Tokens.Length == 0)
        {
            return;
        }

        var drafts = new List<QuoteDraft>();
        var quoted = new List<TextSpan>();
        var spans = QuotedSpanScanner.Scan(article.Clean);
        foreach (var span in spans)
        {
            var (attribution, partial) = DirectQuoteAttributor.Find(article, span);
            var content = new TextSpan(span.ContentStart, span.ContentEnd);
            quoted.Add(content);
            drafts.Add(new QuoteDraft
            {
                Kind = partial ? QuoteKind.Partial : QuoteKind.Direct,
                Content = content,
                Attribution = attribution,
                Run = span.Run,
                Unclosed = span.Unclosed,
            });
        }

        AddNestedQuotations(article, spans, drafts);

        foreach (var sentence in article.Sentences)
        {
            IndirectQuoteFinder.Find(article, sentence, quoted, drafts);

            TranscriptLabels.Find(article, sentence, quoted, drafts);
        }

        DropQuotationsInsideReportedSpeech(article, drafts);
        // After the drop: a post's own quotations stay quotes of their speakers.
        TweetCredits.Find(article, drafts);
        DropHeadline(article, drafts);
        drafts.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        Resolve(article, drafts);
        Emit(article, drafts);
    }

    /// <summary>
    /// A speaker quoting someone else inside a quotation ("“… [Mary Stone] said, look, ‘This is a question …’”")
    /// gives a quote of its own when a reporting verb introduces a clause; single-quoted phrases inside a
    /// quotation (scare quotes, titles) are left in their quotation.
    /// </summary>
    private static void AddNestedQuotations(Article article, List<QuotedSpan> spans, List<QuoteDraft> drafts)
    {
        var nextRun = spans.Count == 0 ? 0 : spans.Max(s => s.Run) + 1;
        foreach (var outer in spans)
        {
            foreach (var nested in QuotedSpanScanner.Nested(article.Clean, outer, nextRun))
            {
                nextRun = nested.Run + 1;
                var (attribution, partial) = DirectQuoteAttributor.Find(article, nested);
                if (attribution.Cue >= 0 && !partial)
                {
                    drafts.Add(new QuoteDraft
                    {
                        Kind = QuoteKind.Direct,
                        Content = new TextSpan(nested.ContentStart, nested.ContentEnd),
                        Attribution = attribution,
                        Run = nested.Run,
                        Unclosed = nested.Unclosed,
                    });
                }
            }
        }
    }

    /// <summary>
    /// Quoted words inside reported speech are part of that quote (a mixed quote: "stating that “we are on
    /// the path …” toward a settlement"), or a name ("a “Coalition of the willing” stands ready"): not quotes of their own.
    /// </summary>
    private static void DropQuotationsInsideReportedSpeech(Article article, List<QuoteDraft> drafts)
    {
        // A quotation closing the reported speech keeps its stop inside the marks ("… in their own town.”"),
        // which the reported span leaves out: the span reaches over trailing stops and marks.
        var reported = drafts.Where(d => d.Run < 0).Select(d => new TextSpan(d.Content.Start, OverTrailingStops(article.Clean, d.Content.End))).OrderBy(c => c.Start).ToArray();
        if (reported.Length == 0)
        {
            return;
        }

        drafts.RemoveAll(d => d.Run >= 0 && Array.Exists(reported, r => r.Start <= d.Content.Start && d.Content.End <= r.End));
    }

    private static int OverTrailingStops(string text, int end)
    {
        while (end < text.Length && (text[end] is '.' or '!' or '?' or ',' || QuoteMarks.IsDouble(text[end])))
        {
            end++;
        }

        return end;
    }

    /// <summary>The article's headline ("Australian woman claims Church … imprisoned her") summarises; it quotes no one.</summary>
    private static void DropHeadline(Article article, List<QuoteDraft> drafts)
    {
        if (article.Blocks.Count == 0 || article.Blocks[0].Kind != BlockKind.Heading)
        {
            return;
        }

        var headline = article.Blocks[0];
        drafts.RemoveAll(d => d.Content.Start >= headline.Start && d.Content.End <= headline.End);
    }

    private static void Resolve(Article article, List<QuoteDraft> drafts)
    {
        var resolver = new SpeakerResolver(article);
        QuoteDraft? previous = null;
        foreach (var draft in drafts)
        {
            var sentence = article.SentenceAt(draft.Content.Start);
            if (draft.Attribution.Found)
            {
                draft.Speaker = resolver.Resolve(draft.Attribution, sentence);
                if (draft.Speaker == null)
                {
                    // A phrase that names nobody ("Summit Reveals …" in a headline) attributes nothing.
                    draft.Attribution = Attribution.None;
                    draft.Speaker = null;
                }
            }

            if (draft.Speaker == null && draft.Run >= 0 && previous is { Speaker: not null } && IntroducedBefore(article, previous) && Coordinated(article, previous, draft))
            {
                // "called the sentence “dangerous” (it) and “ideological”", "chanted “…” or “…”": the second
                // quotation shares the first one's attribution and kind.
                draft.Kind = previous.Kind;
                draft.Speaker = previous.Speaker;
                draft.Attribution = previous.Attribution;
            }
            else if (draft.Speaker == null && draft.Run >= 0 && !draft.NeedsOwnAttribution && previous?.Speaker != null && Continues(article, previous, draft))
            {
                draft.Speaker = previous.Speaker;
                draft.Attribution = previous.Attribution with { Certainty = previous.Attribution.Certainty * 0.8 };
            }

            if (draft.Speaker is { } speaker)
            {
                resolver.Said(sentence, speaker);
                previous = draft;
            }
        }

        // A quotation opening a paragraph whose attribution comes with the next piece of the same paragraph run.
        for (var i = drafts.Count - 2; i >= 0; i--)
        {
            var draft = drafts[i];
            var next = drafts[i + 1];
            if (draft.Speaker == null && draft.Run >= 0 && !draft.NeedsOwnAttribution && next.Run >= 0 && next.Speaker != null && OpensSentence(article, draft)
                && next.Content.Start >= draft.Content.End
                && !article.Clean.AsSpan(draft.Content.End, Math.Max(0, next.Content.Start - draft.Content.End)).Contains('\n'))
            {
                draft.Speaker = next.Speaker;
                draft.Attribution = next.Attribution with { Certainty = next.Attribution.Certainty * 0.8 };
            }
        }
    }

    /// <summary>A partial quote, or a quotation whose reporting verb comes before it ("would say “…”").</summary>
    private static bool IntroducedBefore(Article article, QuoteDraft draft) =>
        draft.Kind == QuoteKind.Partial || (draft.Kind == QuoteKind.Direct && draft.Attribution.Cue >= 0 && article.Tokens[draft.Attribution.Cue].End <= draft.Content.Start);

    /// <summary>Only "and", "or", a comma and parenthesised words between two quotations.</summary>
    private static bool Coordinated(Article article, QuoteDraft previous, QuoteDraft draft)
    {
        var from = previous.Content.End;
        var between = article.Clean.AsSpan(from, Math.Max(0, draft.Content.Start - from));
        if (between.Length > MaxCoordinationChars || between.Contains('\n'))
        {
            return false;
        }

        Span<char> letters = stackalloc char[MaxCoordinationChars];
        var count = 0;
        var depth = 0;
        foreach (var c in between)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && char.IsLetter(c))
            {
                letters[count++] = c;
            }
        }

        return letters[..count] is "and" or "or";
    }

    /// <summary>
    /// A quotation continues the previous quote when it opens a sentence within a few sentences of it: of a
    /// quotation, also in the next paragraph; of reported speech ("Heald noted the findings show … . “An
    /// air-quality cleanup …”"), in the same paragraph.
    /// </summary>
    private static bool Continues(Article article, QuoteDraft previous, QuoteDraft draft)
    {
        if (previous.Run >= 0 && draft.Run == previous.Run)
        {
            return true;
        }

        // "told Sky News any process “must be well thought out”: “Moves to reduce …”": a colon right after a
        // quote introduces more of the same speaker's words.
        var gap = article.Clean.AsSpan(previous.Content.End, Math.Max(0, draft.Content.Start - previous.Content.End));
        if (gap.Length <= MaxColonGap && gap.Contains(':') && !gap.ContainsAnyInRange('A', 'z'))
        {
            return true;
        }

        var sentences = article.SentenceAt(draft.Content.Start) - article.SentenceAt(previous.Content.End);
        var paragraphs = gap.Count('\n');
        return sentences <= ContinuationSentences && paragraphs <= (previous.Run >= 0 ? 1 : 0) && OpensSentence(article, draft);
    }

    private static bool OpensSentence(Article article, QuoteDraft draft)
    {
        var s = article.SentenceAt(draft.Content.Start);
        if (s < 0)
        {
            return false;
        }

        var before = article.Clean.AsSpan(article.Sentences[s].Start, Math.Max(0, draft.Content.Start - article.Sentences[s].Start));
        return before.Trim().Length <= 1;
    }

    /// <summary>A pull quote is a sentence; a title in quotation marks ("“Document found on street” — CBC.ca") is not.</summary>
    private static bool EndsSentence(QuoteDraft draft, Article article)
    {
        var end = draft.Content.End;
        while (end < article.Clean.Length && end < draft.Content.End + 3 && !QuoteMarks.IsDouble(article.Clean[end]))
        {
            if (article.Clean[end] is '.' or '!' or '?')
            {
                return true;
            }

            end++;
        }

        // "… the whole concept of digital.’": a nested quotation may close after the stop.
        var last = draft.Content.End - 1;
        while (last > draft.Content.Start && (QuoteMarks.IsSingle(article.Clean[last]) || article.Clean[last] == ')'))
        {
            last--;
        }

        return article.Clean[last] is '.' or '!' or '?';
    }

    /// <summary>
    /// A quotation of several words that opens mid-sentence and runs, unclosed, to a sentence end that ends
    /// its paragraph (Okafor “has been remarkably effective, in the lab …. ): the text was cut from its
    /// article inside the quotation. A stray mark before a few words ("A stray “mark opens nothing.") is not one.
    /// </summary>
    private static bool CutOffAtParagraphEnd(Article article, QuoteDraft draft)
    {
        if (!draft.Unclosed)
        {
            return false;
        }

        return Words(article, draft, MinCutOffWords) >= MinCutOffWords;
    }

    /// <summary>
    /// A quotation that is its paragraph, marks and final stop aside ("“It was a fine day.”"): a quoted sentence
    /// standing alone, however short, never a title or a term.
    /// </summary>
    private static bool FillsParagraph(Article article, QuoteDraft draft)
    {
        var text = article.Clean;
        var end = draft.Content.End;
        while (end < text.Length && text[end] != '\n' && (char.IsWhiteSpace(text[end]) || char.IsPunctuation(text[end])))
        {
            end++;
        }

        return (end == text.Length || text[end] == '\n') && ParagraphOpensBefore(text, draft.Content.Start, out var marked) && marked
            && Words(article, draft, MinParagraphQuoteWords) >= MinParagraphQuoteWords;
    }

    /// <summary>
    /// A quotation the scanner closed with no opening mark, from its paragraph's start ("… great again," Lee
    /// said" as the first words): a sentence cut out of its article inside the quotation, kept when it has a few words.
    /// </summary>
    private static bool CutOffAtParagraphStart(Article article, QuoteDraft draft) =>
        ParagraphOpensBefore(article.Clean, draft.Content.Start, out var marked) && !marked && Words(article, draft, MinCutOffWords) >= MinCutOffWords;

    /// <summary>Whether only spaces and at most one double mark (<paramref name="marked"/>) stand between the paragraph's start and <paramref name="start"/>.</summary>
    private static bool ParagraphOpensBefore(string text, int start, out bool marked)
    {
        var at = start - 1;
        marked = false;
        while (at >= 0 && text[at] != '\n' && (char.IsWhiteSpace(text[at]) || (!marked && QuoteMarks.IsDouble(text[at]))))
        {
            marked |= QuoteMarks.IsDouble(text[at]);
            at--;
        }

        return at < 0 || text[at] == '\n';
    }

    /// <summary>The words of the quotation, counted up to <paramref name="enough"/>.</summary>
    private static int Words(Article article, QuoteDraft draft, int enough)
    {
        var words = 0;
        for (var t = article.TokenAtOrAfter(draft.Content.Start); t < article.Tokens.Length && article.Tokens[t].End <= draft.Content.End && words < enough; t++)
        {
            words += char.IsLetterOrDigit(article.TokenText(t)[0]) ? 1 : 0;
        }

        return words;
    }

    private static void Emit(Article article, List<QuoteDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            var kept = draft.Speaker != null
                || (draft.Kind == QuoteKind.Direct && !draft.NeedsOwnAttribution && EndsSentence(draft, article)
                    && ((draft.Content.Length >= MinUnattributedChars && OpensSentence(article, draft)) || CutOffAtParagraphEnd(article, draft) || FillsParagraph(article, draft)))
                || (draft.Kind == QuoteKind.Direct && draft.Run >= 0 && CutOffAtParagraphStart(article, draft));
            if (!kept)
            {
                continue;
            }

            var speaker = draft.Speaker;
            var cue = draft.Attribution.Cue;
            article.Quotes.Add(new Quote
            {
                Id = article.Quotes.Count,
                Kind = draft.Kind,
                Content = draft.Content,
                SpeakerEntityId = speaker?.EntityId ?? -1,
                SpeakerSpan = speaker?.Span,
                SpeakerName = speaker?.Name ?? string.Empty,
                Cue = cue >= 0 ? article.Tokens[cue].Span : null,
                CueLemma = draft.Attribution.CueLemma,
                Sentence = article.SentenceAt(draft.Content.Start),
                Confidence = Math.Round(speaker == null ? 0.3 : draft.Attribution.Certainty * speaker.Value.Certainty, 3),
            });
        }
    }
}
