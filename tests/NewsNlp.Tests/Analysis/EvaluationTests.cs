using NewsNlp.Analysis.Evaluation;
using NewsNlp.Analysis.Sentences;
using NewsNlp.Training;

namespace NewsNlp.Tests.Analysis;

// A hand-written CoNLL-U fixture (two documents, a multiword token) for the scoring code the eval
// commands run on the real corpora.
public class EvaluationTests
{
    private const string Fixture = """
        # newdoc id = d1
        # sent_id = d1-1
        # newpar id = d1-p1
        # text = Russia wasn't ready.
        1	Russia	Russia	PROPN	NNP	_	3	nsubj	_	_
        2-3	wasn't	_	_	_	_	_	_	_	_
        2	was	be	AUX	VBD	_	4	cop	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	ready	ready	ADJ	JJ	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = d1-2
        # text = Mr. Smith left the U.S. yesterday.
        1	Mr.	Mr.	PROPN	NNP	_	2	compound	_	_
        2	Smith	Smith	PROPN	NNP	_	3	nsubj	_	_
        3	left	leave	VERB	VBD	_	0	root	_	_
        4	the	the	DET	DT	_	5	det	_	_
        5	U.S.	U.S.	PROPN	NNP	_	3	obj	_	_
        6	yesterday	yesterday	NOUN	NN	_	3	obl	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	3	punct	_	_

        # newdoc id = d2
        # sent_id = d2-1
        # newpar id = d2-p1
        # text = Key Concessions
        1	Key	key	ADJ	JJ	_	2	amod	_	_
        2	Concessions	concession	NOUN	NNS	_	0	root	_	_

        # sent_id = d2-2
        # newpar id = d2-p2
        # text = It is gonna work.
        1	It	it	PRON	PRP	_	4	nsubj	_	_
        2	is	be	AUX	VBZ	_	4	aux	_	_
        3-4	gonna	_	_	_	_	_	_	_	_
        3	gon	go	VERB	VBG	_	0	root	_	_
        4	na	to	PART	TO	_	5	mark	_	_
        5	work	work	VERB	VB	_	3	xcomp	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	3	punct	_	_

        """;

    private static List<ConlluSentence> Sentences() => ConlluReader.Read(new StringReader(Fixture.Replace("\r\n", "\n", StringComparison.Ordinal))).ToList();

    [Fact]
    public void Multiword_tokens_are_scored_as_their_syntactic_words_when_they_spell_the_surface()
    {
        var gold = UdGold.Tokens(Sentences()[0]);
        Assert.Equal([(0, 6), (7, 10), (10, 13), (14, 19), (19, 20)], gold.Select(g => (g.Start, g.End)));
        Assert.All(gold, g => Assert.True(g.IsWord));
    }

    [Fact]
    public void Our_tokenizer_and_splitter_score_perfectly_on_the_fixture()
    {
        Assert.Equal(1.0, TokenizerEvaluation.Evaluate(Sentences()).Score.F1);
        var (score, errors) = SentenceEvaluation.Evaluate(Sentences(), model: null, maxErrors: 5);
        Assert.Empty(errors);
        Assert.Equal(2, score.Gold);
        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void Without_paragraph_breaks_a_heading_without_punctuation_runs_into_the_next_sentence()
    {
        var (_, text, _) = ConlluReader.Documents(Sentences(), paragraphBreaks: false).Last();
        Assert.Equal("Key Concessions It is gonna work.", text);
        var (score, errors) = SentenceEvaluation.Evaluate(Sentences(), model: null, maxErrors: 5, paragraphBreaks: false);
        Assert.Equal(0.5, score.Recall);
        Assert.Equal("missed: …Key Concessions  ‖ It is gonna work.…", Assert.Single(errors));
    }

    [Fact]
    public void Boundary_model_training_is_deterministic_for_a_seed()
    {
        var documents = SentenceEvaluation.TrainingDocuments(Sentences());
        Assert.Equal([0, 5], documents[0].SentenceStarts.Order());

        static byte[] Bytes(SentenceBoundaryModel model)
        {
            using var stream = new MemoryStream();
            model.Save(stream);
            return stream.ToArray();
        }

        var metadata = new Dictionary<string, string> { ["name"] = "sentences" };
        Assert.Equal(
            Bytes(SentenceBoundaryModel.Train(documents, seed: 3, epochs: 3, metadata)),
            Bytes(SentenceBoundaryModel.Train(documents, seed: 3, epochs: 3, metadata)));
    }
}
