using NewsNlp.Documents;

namespace NewsNlp.Analysis.Tagging;

/// <summary>A training or evaluation sentence: its text and its tokens, whose <see cref="Token.Pos"/> holds the gold tag.</summary>
public sealed record TaggedSentence(string Text, Token[] Tokens)
{
    /// <summary>Builds a sentence from word forms and tags, joining the forms with spaces.</summary>
    public static TaggedSentence FromWords(IReadOnlyList<(string Form, Upos Tag)> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var text = new System.Text.StringBuilder();
        var tokens = new Token[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            tokens[i] = new Token(text.Length, text.Length + words[i].Form.Length) { Pos = words[i].Tag };
            text.Append(words[i].Form);
        }

        return new TaggedSentence(text.ToString(), tokens);
    }
}
