namespace NewsNlp.Quotes.Evaluation;

/// <summary>A pipeline quote as the scorer sees it: a raw-text span, its kind and its speaker's name.</summary>
public readonly record struct PredictedQuote(int Start, int End, bool IsDirect, string Speaker);

/// <summary>A gold quote located in its document's raw text.</summary>
public readonly record struct LocatedGold(int Start, int End, GoldQuote Quote);
