using System.Buffers;

namespace NewsNlp.Repair;

/// <summary>
/// The phrases that mark template text around articles: tables of contents, call-out boxes, questions
/// to the reader, share and subscribe prompts, and prompt text leaked from generated articles.
/// </summary>
internal static class BoilerplatePhrases
{
    /// <summary>Headings that introduce a table of contents (the list items after them go too).</summary>
    public static readonly string[] TableOfContents = ["table of contents", "contents", "in this article", "jump to", "on this page"];

    /// <summary>Line openings of call-out boxes, with the rule name each edit records.</summary>
    public static readonly (string Prefix, string Rule)[] Callouts =
    [
        ("pro tip:", "pro-tip"),
        ("tip:", "pro-tip"),
        ("did you know?", "did-you-know"),
        ("did you know:", "did-you-know"),
        ("fun fact:", "did-you-know"),
        ("quick fact:", "did-you-know"),
        ("read more:", "read-more"),
        ("related:", "read-more"),
        ("also read:", "read-more"),
        ("advertisement", "advertisement"),
    ];

    /// <summary>The longest call-out opening: how much of a long line the call-out test needs to see.</summary>
    public static readonly int LongestCallout = Callouts.Max(c => c.Prefix.Length);

    /// <summary>Phrases that address the reader; a short line or a line of questions holding one is boilerplate.</summary>
    public static readonly SearchValues<string> ReaderEngagement = SearchValues.Create(
    [
        "your thoughts", "let us know", "in the comments", "share your", "tell us what you think",
        "join the conversation", "leave a comment", "we'd love to hear", "we want to hear",
    ], StringComparison.Ordinal);

    /// <summary>Share, follow and subscribe prompts.</summary>
    public static readonly SearchValues<string> ShareSubscribe = SearchValues.Create(
    [
        "subscribe to", "subscribe now", "subscribe for", "share this article", "share this story", "share this post",
        "share on facebook", "share on twitter", "share on x", "follow us on", "sign up for our", "sign up to our",
        "our newsletter", "click here to", "like us on",
    ], StringComparison.Ordinal);

    /// <summary>Wording of writing prompts that leaked into generated articles.</summary>
    public static readonly SearchValues<string> PromptLeaks = SearchValues.Create(["as outlined in the text", "according to the text", "in the text above", "in the article above", "based on the article"], StringComparison.Ordinal);

    /// <summary>True when the lower-cased line holds one of the (lower-case) phrases: one multi-phrase search.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> loweredLine, SearchValues<string> phrases) => loweredLine.IndexOfAny(phrases) >= 0;
}
