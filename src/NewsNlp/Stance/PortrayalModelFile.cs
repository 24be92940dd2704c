namespace NewsNlp.Stance;

/// <summary>
/// A portrayal model on disk: the classifier as <see cref="ModelFile"/> writes it, then the word
/// sentiment lexicon its cues read, so a loaded model needs no other file. Same model → same bytes.
/// </summary>
public static class PortrayalModelFile
{
    private const string Magic = "NNLP-PORTRAYAL";
    private const int FormatVersion = 1;

    public static void Save(Classifier classifier, PortrayalLexicon lexicon, string path)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(lexicon);
        ModelFile.WriteFile(path, Magic, FormatVersion, w =>
        {
            ModelFile.Write(w, classifier);
            lexicon.Write(w);
        });
    }

    public static (Classifier Classifier, PortrayalLexicon Lexicon) Load(string path) =>
        ModelFile.ReadFile(path, Magic, FormatVersion, "portrayal model", r => (ModelFile.Read(r), PortrayalLexicon.Read(r)));
}
