using NewsNlp.Documents;
using NewsNlp.Models;

namespace NewsNlp.Analysis.Evaluation;

/// <summary>
/// One number for everything the analysis stages wrote into a set of articles — token spans and tags,
/// sentence spans, mentions with their types and exact confidences — so a speed change can be shown to
/// leave every output untouched: same input and same fingerprint before and after.
/// </summary>
public static class AnalysisFingerprint
{
    public static ulong Of(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var hash = Fnv1a.Offset;
        foreach (var article in articles)
        {
            foreach (var token in article.Tokens)
            {
                hash = Fnv1a.Add(hash, (ulong)(uint)token.Start << 32 | (uint)token.End);
                hash = Fnv1a.Add(hash, (ulong)token.Pos);
            }

            foreach (var sentence in article.Sentences)
            {
                hash = Fnv1a.Add(hash, (ulong)(uint)sentence.Start << 32 | (uint)sentence.End);
                hash = Fnv1a.Add(hash, (ulong)(uint)sentence.FirstToken << 32 | (uint)sentence.TokenCount);
            }

            foreach (var mention in article.Mentions)
            {
                hash = Fnv1a.Add(hash, (ulong)(uint)mention.Start << 32 | (uint)mention.End);
                hash = Fnv1a.Add(hash, Fnv1a.Of(mention.Type));
                hash = Fnv1a.Add(hash, (ulong)mention.Kind << 32 | (uint)mention.Sentence);
                hash = Fnv1a.Add(hash, (ulong)BitConverter.DoubleToInt64Bits(mention.Confidence));
            }
        }

        return hash;
    }
}
