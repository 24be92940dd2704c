using NewsNlp.Analysis.Contextual;

namespace NewsNlp.Tests.Analysis.Contextual;

public sealed class ContextualVectorCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsnlp-ctx-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static ContextualInput Input(string text) => new(text, ContextualEncoderTests.Words(text));

    [Fact]
    public void Stored_vectors_come_back_equal_to_fresh_ones()
    {
        var cache = new ContextualVectorCache(_folder);
        var inputs = new[] { Input("The mayor of Porto resigned."), Input("Rain is expected.") };
        var options = new ContextualOptions(SentenceVector: true);

        var stored = cache.Encode(ContextualEncoder.Shared, inputs, options);
        var files = Directory.GetFiles(_folder, "*.f16", SearchOption.AllDirectories);
        var read = new ContextualVectorCache(_folder).Encode(ContextualEncoder.Shared, inputs, options);
        var fresh = ContextualEncoder.Shared.Encode(inputs, options);

        Assert.Equal(2, files.Length);
        for (var i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(stored[i].Data, read[i].Data);
            Assert.Equal(stored[i].Sentence, read[i].Sentence);
            // Fresh vectors are rounded to float16 as the cache stores them, so the pipeline (no cache) sees
            // the numbers training saw.
            Assert.Equal(fresh[i].Data, read[i].Data);
            Assert.Equal(fresh[i].Sentence, read[i].Sentence);
        }
    }

    [Fact]
    public void A_lower_cased_copy_hits_the_cased_entry_and_other_options_do_not()
    {
        var cache = new ContextualVectorCache(_folder);
        cache.Encode(ContextualEncoder.Shared, [Input("The mayor of Porto resigned.")]);

        cache.Encode(ContextualEncoder.Shared, [Input("the mayor of porto resigned.")]);
        Assert.Single(Directory.GetFiles(_folder, "*.f16", SearchOption.AllDirectories));

        cache.Encode(ContextualEncoder.Shared, [Input("The mayor of Porto resigned.")], new ContextualOptions(WordPooling.MeanOfPieces));
        Assert.Equal(2, Directory.GetFiles(_folder, "*.f16", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void A_damaged_file_is_a_miss_and_is_rewritten()
    {
        var cache = new ContextualVectorCache(_folder);
        var input = Input("The mayor of Porto resigned.");
        var stored = cache.Encode(ContextualEncoder.Shared, [input])[0];
        var file = Directory.GetFiles(_folder, "*.f16", SearchOption.AllDirectories).Single();
        File.WriteAllBytes(file, [1, 2, 3]);

        var again = cache.Encode(ContextualEncoder.Shared, [input])[0];

        Assert.Equal(stored.Data, again.Data);
        Assert.True(new FileInfo(file).Length > 3);
    }

    [Fact]
    public void The_default_folder_is_a_user_cache_folder()
    {
        Assert.EndsWith(Path.Combine("newsnlp", "contextual"), ContextualVectorCache.DefaultFolder, StringComparison.Ordinal);
    }
}
