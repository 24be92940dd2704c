using NewsNlp.Documents;
using NewsNlp.Repair;

namespace NewsNlp.Tests.Repair;

/// <summary>The sample article through the repair stage with the models committed in models/.</summary>
public class SampleArticleTests
{
    private static readonly Lazy<Article> Repaired = new(() => RepairFixtures.Repair(new RepairStage(RepairOptions.Default, RepairModels.Default), RepairFixtures.SampleArticle()));

    private static string Clean => Repaired.Value.Clean;

    [Fact]
    public void ShippedModelsAreFound()
    {
        Assert.True(RepairModels.Default.HasTruecaser);
        Assert.True(RepairModels.Default.HasSpelling);
    }

    [Theory]
    [InlineData("within Ukraine. Zelenskyy", "within ukraine.Zelenskyy")]
    [InlineData("work with Europe to", "work with europe to")]
    [InlineData("allow the United States and European allies", "allow the united states and")]
    [InlineData("| Steve Witkoff (U.S. Envoy) | Russia agreed", "Steve witkoff")]
    [InlineData("President Donald Trump suggesting", "Donald trump")]
    [InlineData("suggest Putin is open", "suggest putin")]
    [InlineData("Trump. Witkoff expressed optimism", "witkoff expressed")]
    [InlineData("The US State Department has confirmed", "state Department")]
    [InlineData("of NATO? Article 5 is the collective", "article 5 is")]
    [InlineData("a long-standing Russian red line", "russian red line")]
    [InlineData("signed by Ukraine, Russia, the US", "Ukraine, russia")]
    [InlineData("architecture in Europe.", "in europe.")]
    [InlineData("guarantees to Ukraine be shared", "to ukraine be")]
    [InlineData("trust between Russia and the West", "between russia and")]
    [InlineData("Special U.S. envoy Steve Witkoff", "special U.S. envoy")]
    public void LowerCaseNamesAndSentenceStartsAreCapitalised(string expected, string damaged)
    {
        Assert.Contains(expected, Clean, StringComparison.Ordinal);
        Assert.DoesNotContain(damaged, Clean, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("for Ukraine, Trump Envoy Claims")]
    [InlineData("security guarantees. She affirmed")]
    [InlineData("European Union, stands ready")]
    [InlineData("how it will work, and what America’s role will be, Europe’s role")]
    [InlineData("emerged today, August 17, 2025, with claims")]
    [InlineData("unified response. These agreements")]
    [InlineData("of the claims. NATO officials")]
    [InlineData("wider escalation. Though, the devil")]
    [InlineData("NATO expansion, which has been")]
    [InlineData("Western countries, there may be")]
    [InlineData("tempered expectations, stating")]
    public void MissingSpacesAreInserted(string expected)
    {
        Assert.Contains(expected, Clean, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTypoIsCorrected()
    {
        Assert.Contains("consequences would follow", Clean, StringComparison.Ordinal);
        var edit = Assert.Single(Repaired.Value.Edits, e => e.Kind == EditKind.Spelling);
        Assert.Equal("woudl", edit.Before);
    }

    [Theory]
    [InlineData("Table of Contents")]
    [InlineData("- 1. Russia Signals Shift")]
    [InlineData("Did You Know?")]
    [InlineData("Pro Tip:")]
    [InlineData("What are your thoughts on")]
    [InlineData("as outlined in the text?")]
    public void BoilerplateIsRemovedAsEdits(string boilerplate)
    {
        Assert.DoesNotContain(boilerplate, Clean, StringComparison.Ordinal);
        Assert.Contains(Repaired.Value.Edits, e => e.Kind == EditKind.Boilerplate && e.Before.Contains(boilerplate, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("U.S. envoy")]
    [InlineData("(U.S. Secretary of State)")]
    [InlineData("the 1994 Budapest Memorandum")]
    [InlineData("like Article 5 of NATO")]
    [InlineData("NATO’s Article 5 mandate")]
    [InlineData("Ursula von der Leyen")]
    [InlineData("Reactions from key Stakeholders")]
    [InlineData("Summit Reveals Potential for ‘Game-Changing’ Security arrangements")]
    [InlineData("to Ukraine, akin to NATO’s Article 5")]
    [InlineData("for a complete peace accord.")]
    [InlineData("separatists in eastern Ukraine")]
    public void CorrectTextIsLeftAlone(string kept) => Assert.Contains(kept, Clean, StringComparison.Ordinal);

    [Fact]
    public void TheMarkdownTableHasAHeaderAndFourRowsOfTwoCells()
    {
        var table = Assert.Single(Repaired.Value.Tables);
        Assert.Equal(["Key Stakeholder", "Position"], table.Header);
        Assert.Equal(4, table.Rows.Count);
        Assert.All(table.Rows, row => Assert.Equal(2, row.Count));
        Assert.Equal("Steve Witkoff (U.S. Envoy)", table.Rows[0][0]);
    }

    [Fact]
    public void BlocksIncludeHeadingsParagraphsAndFaqPairs()
    {
        var blocks = Repaired.Value.Blocks;
        string Text(Block b) => Clean[b.Start..b.End];
        Assert.Contains(blocks, b => b.Kind == BlockKind.Heading && Text(b) == "Frequently Asked Questions");
        Assert.Contains(blocks, b => b.Kind == BlockKind.Question && Text(b) == "What is Article 5 of NATO?");
        Assert.Contains(blocks, b => b.Kind == BlockKind.Answer && Text(b).StartsWith("Article 5 is the collective", StringComparison.Ordinal));
        Assert.Equal(4, blocks.Count(b => b.Kind == BlockKind.TableRow) - 1);
        Assert.True(blocks.Count(b => b.Kind == BlockKind.Paragraph) >= 20);
    }

    [Fact]
    public void EveryEditIsTraceableToTheRawText()
    {
        var article = Repaired.Value;
        foreach (var e in article.Edits)
        {
            Assert.Equal(e.Before, article.Raw[e.Source.Start..e.Source.End]);
        }

        Assert.Equal(article.Clean, TextMap.Apply(article.Raw, article.Edits).Clean);
    }

    [Fact]
    public void UrlsInTheRemovedTipAreNotRepairedBeforeRemoval()
    {
        // The links sit in the "Pro Tip" call-out, so the whole line goes as one edit, links intact.
        var tip = Assert.Single(Repaired.Value.Edits, e => e.Rule == "pro-tip");
        Assert.Contains("(https://www.cfr.org/)", tip.Before, StringComparison.Ordinal);
        Assert.Contains("(https://www.un.org/)", tip.Before, StringComparison.Ordinal);
    }
}
