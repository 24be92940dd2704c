using NewsNlp.Repair;

namespace NewsNlp.Tests.Repair;

public class ExtraTrainingTextTests
{
    [Theory]
    [InlineData("1990_george_bush_r.txt", 1990)]
    [InlineData("2021_joseph_r_biden_d.txt", 2021)]
    [InlineData("notes.txt", null)]
    [InlineData("19901.txt", null)]
    public void TheYearIsReadFromTheFileName(string name, int? year)
        => Assert.Equal(year, ExtraTrainingText.YearOf(name));

    [Fact]
    public void StageDirectionsAreDroppedButBracketedTextStays()
        => Assert.Equal(
            "Thank you. Good to be back. The plan (as agreed, in May.) holds.",
            ExtraTrainingText.WithoutStageDirections("Thank you. (Applause.) Good to be back. (Laughter.) The plan (as agreed, in May.) holds."));

    [Fact]
    public void FilesBeforeTheCutOffAreLeftOutAndLongFilesAreCut()
    {
        var dir = Directory.CreateTempSubdirectory("newsnlp-extra-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "1950_old_speech.txt"), "The Government of the Union spoke.");
            var sentence = "The Congress passed the budget on Tuesday. ";
            File.WriteAllText(Path.Combine(dir.FullName, "2010_new_speech.txt"), string.Concat(Enumerable.Repeat(sentence, 200)));
            File.WriteAllText(Path.Combine(dir.FullName, "notes.txt"), "Undated text is kept.");

            var documents = ExtraTrainingText.Documents(dir.FullName, fromYear: 1960);

            Assert.DoesNotContain(documents, d => d.Contains("Government", StringComparison.Ordinal));
            Assert.Contains("Undated text is kept.", documents);
            var speech = documents.Where(d => d.StartsWith("The Congress", StringComparison.Ordinal)).ToList();
            Assert.True(speech.Count >= 2);
            Assert.All(speech, d => Assert.EndsWith("Tuesday.", d, StringComparison.Ordinal));
            Assert.Equal(200 * sentence.Length, speech.Sum(d => d.Length + 1));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
