using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>
/// Words that praise or condemn whatever they are said of ("a world-class mind", "a shameful hoax"), as
/// opposed to <see cref="StanceLexicon"/>'s predicates that report a side. News stakeholders often take a
/// side only by judging the topic's person or plan, so the judgement's sign, read against the topic's
/// direction, is the stance. Lower-case word forms, matched whole; written for this project.
/// </summary>
internal static class EvaluativeLexicon
{
    public static readonly WordTable<bool> Positive = WordTable.Of(
    [
        "excellent", "outstanding", "strong", "stronger", "success", "successful", "hero", "heroes", "heroic", "honest",
        "brave", "courageous", "qualified", "fair", "legitimate", "truthful", "trusted", "trustworthy", "respected",
        "admire", "admired", "admirable", "proud", "icon", "remarkable", "impressive", "wise", "smart", "brilliant",
        "decent", "principled", "effective", "safe", "safer", "victory", "thank", "thanked", "thanks", "grateful",
        "applaud", "applauded", "applauds", "commend", "commended", "commends", "celebrate", "celebrated", "defend",
        "defended", "defends", "defending", "champion", "championed", "touted", "vindicated", "exonerated", "innocent",
        "accurate", "correct", "justified", "valid", "reasonable", "sensible", "historic", "achievement", "love",
        "loves", "loved", "hope", "hopeful", "confident", "confidence", "solid", "world-class", "tremendous",
        "wonderful", "fantastic", "amazing", "terrific", "incredible", "perfect", "honor", "honored", "honoured",
        "honour", "integrity", "leadership", "fighter", "patriot", "patriotic", "worthy", "deserves", "deserved",
        "deserving", "capable", "competent", "experienced", "fit", "true", "truth", "importance", "vital", "urgent",
    ]);

    public static readonly WordTable<bool> Negative = WordTable.Of(
    [
        "disgrace", "disgraceful", "shameful", "shame", "outrageous", "outrage", "outlandish", "absurd", "ridiculous",
        "hoax", "lie", "lies", "lied", "liar", "lying", "false", "falsely", "fake", "fraud", "corrupt", "corruption",
        "crime", "crimes", "criminal", "illegal", "illegally", "guilty", "scandal", "racist", "racism", "sexist",
        "bigot", "bigoted", "extremist", "extreme", "radical", "reckless", "incompetent", "unfit", "unsuitable",
        "unqualified", "weak", "desperate", "pathetic", "terrible", "horrible", "awful", "disaster", "disastrous",
        "catastrophe", "catastrophic", "failure", "mistake", "mistakes", "insult", "insults", "insulted", "insulting",
        "attack", "attacked", "attacks", "attacking", "accuse", "accused", "accuses", "accusing", "mock", "mocked",
        "mocking", "ridicule", "ridiculed", "thug", "bully", "abuse", "abused", "abusive", "violation", "violations",
        "hypocrisy", "hypocrite", "hypocritical", "partisan", "biased", "bias", "sham", "rigged", "disgusted",
        "appalled", "alarmed", "alarming", "troubling", "disturbing", "deplorable", "despicable", "offensive", "slam",
        "slams", "blast", "blasted", "blasts", "decry", "decried", "decries", "denounce", "denounced", "denounces",
        "lament", "lamented", "apologize", "apologise", "apologized", "apologised", "jail", "prison", "resign",
        "resignation", "impeach", "impeachment", "misled", "mislead", "misleading",
        "dishonest", "destroy", "destroying", "damage", "damaging", "chaos", "crisis", "worst", "evil", "sick",
        "stupid", "dumb", "crazy", "nonsense", "lawless", "fear", "afraid", "terrified", "victims", "suffering",
        "bad-faith", "unconstitutional", "illegitimate", "wrongdoing", "misconduct", "cover-up", "obstruction",
    ]);
}
