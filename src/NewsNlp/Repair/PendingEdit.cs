using NewsNlp.Documents;

namespace NewsNlp.Repair;

/// <summary>
/// A change one repair pass proposes, in the coordinates of the text that pass saw (not the raw text);
/// <see cref="EditLog"/> maps it back to the raw text.
/// </summary>
internal readonly record struct PendingEdit(int Start, int End, string After, EditKind Kind, string Rule, double Confidence);
