using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Stakeholders;

/// <summary>
/// Turns mentions into stakeholders: names merged under their fullest form with roles, further
/// mentions of known names, descriptions ("the envoy") and pronouns linked, demonyms joined to their
/// country, and a kb key per entity. Entities are numbered in order of first mention.
/// </summary>
public sealed class StakeholderStage : IStage
{
    public string Name => "stakeholders";

    public Layer Requires => Layer.Tokens | Layer.Sentences | Layer.Mentions;

    public Layer Provides => Layer.Entities;

    public void Process(Article article, CancellationToken cancellationToken)
    {
        var stakeholders = NameClusters.Build(article);
        NameSpotter.Spot(article, stakeholders);
        NominalLinker.Link(article, stakeholders);
        PronounLinker.Link(article, stakeholders);

        // Mention ids are positions in the list, so keep it in text order.
        article.Mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var ordered = stakeholders.Where(s => s.Mentions.Count > 0).OrderBy(s => s.FirstStart).ToList();
        article.Entities.Clear();
        for (var id = 0; id < ordered.Count; id++)
        {
            var s = ordered[id];
            foreach (var m in s.Mentions)
            {
                m.EntityId = id;
                if (m.Sentence < 0)
                {
                    m.Sentence = article.SentenceAt(m.Start);
                }
            }

            var name = s.Name.Length > 0 ? s.Name : article.TextOf(s.Mentions[0].Span).ToString();
            article.Entities.Add(new Entity
            {
                Id = id,
                Name = name,
                Type = s.Type,
                Role = s.IsPerson ? s.BestRole() : string.Empty,
                KbKey = KbKeys.Make(s.Type, name),
                Mentions = s.Mentions.Count,
                FirstStart = s.FirstStart,
            });
        }
    }
}
