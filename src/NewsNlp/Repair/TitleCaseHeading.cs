namespace NewsNlp.Repair;

/// <summary>
/// Finds the lowered words of a headline written in title case ("mayor jenkins Wins Second Term After
/// Tight Fight"). The repair otherwise leaves a title-case heading in its own style, but a heading that
/// capitalises nearly all of its longer ordinary words shows the style plainly: a lower-case first word is
/// damage there, and so is a lower-case name (a word the corpus does not know as an ordinary word). Its
/// lower-case ordinary words stay: writers lower some in title case ("Security arrangements"), and
/// raising them did not pay on dev.
/// </summary>
internal static class TitleCaseHeading
{
    // Words of this many letters or more are capitalised in title case (AP style); shorter ones may stay low.
    private const int MinLongWord = 4;

    // A heading is plainly in title case when its capitalised longer words outnumber its lower-case ones
    // this many times: damage lowers a quarter of the capitals, a sentence-case headline ("Why the plan
    // failed") has more lower case than capitals.
    private const int MinCapitalisedPerLower = 2;

    private const int MinCapitalised = 3;

    // Linking words of four letters or more that title case may keep in lower case.
    private static readonly HashSet<string> LinkingWords = new(StringComparer.Ordinal)
    {
        "with", "from", "into", "onto", "upon", "over", "than", "that", "about", "after", "among", "before", "between", "during", "under", "without", "through",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LinkingLookup = LinkingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Marks, in <paramref name="raise"/>, the lower-case words of title-case headings (words flagged
    /// <see cref="WordFlags.Heading"/>) that should be capitalised.
    /// </summary>
    public static void FindLoweredWords(string text, List<WordToken> words, CaseLexicon lexicon, Span<bool> raise)
    {
        var i = 0;
        while (i < words.Count)
        {
            if (!words[i].Is(WordFlags.Heading))
            {
                i++;
                continue;
            }

            // One heading: the run of heading words on the same line.
            var end = i + 1;
            while (end < words.Count && words[end].Is(WordFlags.Heading) && !words[end].Is(WordFlags.SentenceStart)
                   && text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).IndexOf('\n') < 0)
            {
                end++;
            }

            int capitalised = 0, lowered = 0;
            for (var k = i; k < end; k++)
            {
                var w = words[k];
                if (w.Is(WordFlags.Title) || w.Is(WordFlags.Upper))
                {
                    capitalised += w.Length >= MinLongWord && IsOrdinaryWord(text, w, lexicon) ? 1 : 0;
                }
                else if (IsLoweredLongWord(text, w) && IsOrdinaryWord(text, w, lexicon))
                {
                    lowered++;
                }
            }

            if (capitalised >= MinCapitalised && capitalised >= MinCapitalisedPerLower * lowered)
            {
                for (var k = i; k < end; k++)
                {
                    var w = words[k];
                    raise[k] = !w.Is(WordFlags.Protected) && !w.Is(WordFlags.HasDigit)
                        && ((IsLoweredLongWord(text, w) && !IsOrdinaryWord(text, w, lexicon)) || (k == i && w.Is(WordFlags.Lower)));
                }
            }

            i = end;
        }
    }

    // Names are capitalised in any style ("Maria Okafor was 19 when she arrived") and lowered names are
    // damage in any style; the title-case style shows in how ordinary words are written ("Tells", "Misses").
    private static bool IsOrdinaryWord(string text, WordToken w, CaseLexicon lexicon)
        => lexicon.Find(text.AsSpan(w.Start, w.Length)) is { } entry && CasingEvidence.CapitalShare(entry) < CasingEvidence.MultiwordShare;

    private static bool IsLoweredLongWord(string text, WordToken w)
        => w.Is(WordFlags.Lower) && w.Length >= MinLongWord && !LinkingLookup.Contains(text.AsSpan(w.Start, w.Length));
}
