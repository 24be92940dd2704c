namespace NewsNlp.Training;

/// <summary>
/// Gold tokens of a UD sentence as character spans of its text, for scoring tokenizers and taggers
/// by span. A multiword token ("wasn't" = was + n't) becomes its syntactic words when their forms
/// spell the surface form (so the words' spans are known); otherwise (rare: "wanna" is fine, but
/// forms that differ from the text are not) it stays one gold token covering the surface form.
/// </summary>
public static class UdGold
{
    /// <summary>One gold token: its span in the sentence text and the range of syntactic words it covers.</summary>
    public readonly record struct GoldToken(int Start, int End, int FirstWord, int LastWord)
    {
        public bool IsWord => FirstWord == LastWord;
    }

    public static List<GoldToken> Tokens(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var result = new List<GoldToken>(sentence.Words.Count);
        foreach (var (form, first, last, start, end) in sentence.SurfaceTokens())
        {
            if (end <= start)
            {
                continue;
            }

            if (first == last || !SpellsSurface(sentence, first, last, form))
            {
                result.Add(new GoldToken(start, end, first, last));
                continue;
            }

            var at = start;
            for (var w = first; w <= last; w++)
            {
                var length = sentence.Words[w].Form.Length;
                result.Add(new GoldToken(at, at + length, w, w));
                at += length;
            }
        }

        return result;
    }

    private static bool SpellsSurface(ConlluSentence sentence, int first, int last, string surface)
    {
        var at = 0;
        for (var w = first; w <= last; w++)
        {
            var form = sentence.Words[w].Form;
            if (at + form.Length > surface.Length || !surface.AsSpan(at, form.Length).Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            at += form.Length;
        }

        return at == surface.Length;
    }
}
