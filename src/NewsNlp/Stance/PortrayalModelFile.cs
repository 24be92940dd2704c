namespace NewsNlp.Stance;

/// <summary>
/// A portrayal model on disk: the linear classifier as <see cref="ModelFile"/> writes it, the word
/// sentiment lexicon its cues read (so a loaded model needs no other file), and the optional perceptron
/// with its share of the mixture. Same model → same bytes.
/// </summary>
public static class PortrayalModelFile
{
    private const string Magic = "NNLP-PORTRAYAL";
    private const int FormatVersion = 1;

    public static void Save(PortrayalModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        ModelFile.WriteFile(path, Magic, FormatVersion, w =>
        {
            ModelFile.Write(w, model.Classifier);
            model.Featurizer.Lexicon.Write(w);
            w.Write(model.Mlp != null);
            if (model.Mlp != null)
            {
                w.Write(model.MlpWeight);
                model.Mlp.Write(w);
            }
        });
    }

    public static (Classifier Classifier, PortrayalLexicon Lexicon, PortrayalMlp? Mlp, float MlpWeight) Load(string path) =>
        ModelFile.ReadFile(path, Magic, FormatVersion, "portrayal model", r =>
        {
            var classifier = ModelFile.Read(r);
            var lexicon = PortrayalLexicon.Read(r);
            if (!r.ReadBoolean())
            {
                return (classifier, lexicon, (PortrayalMlp?)null, 0f);
            }

            var weight = r.ReadSingle();
            return (classifier, lexicon, PortrayalMlp.Read(r), weight);
        });
}
