namespace NewsNlp.Stance;

/// <summary>
/// A portrayal model on disk: the linear classifier as <see cref="ModelFile"/> writes it, the word
/// sentiment lexicon its cues read (so a loaded model needs no other file), the contextual target features
/// it computes (format 3 only), and the perceptrons (none in fast mode) with their share of the mixture.
/// Same model → same bytes.
/// </summary>
public static class PortrayalModelFile
{
    private const string Magic = "NNLP-PORTRAYAL";

    // 2: the perceptrons' weights are 16-bit rows with a step each (1 stored them as floats).
    private const int PerceptronRowsFormat = 2;

    // 3: format 2 with the target vector options after the lexicon. A model without target vectors is still
    // written as format 2, so models trained before them keep their bytes.
    private const int TargetVectorsFormat = 3;

    // More perceptrons than this means a damaged file, not a model.
    private const int MaxPerceptrons = 64;

    public static void Save(PortrayalModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        var targetVectors = model.Featurizer.TargetVectors;
        ModelFile.WriteFile(path, Magic, targetVectors == null ? PerceptronRowsFormat : TargetVectorsFormat, w =>
        {
            ModelFile.Write(w, model.Classifier);
            model.Featurizer.Lexicon.Write(w);
            targetVectors?.Write(w);
            w.Write(model.Mlps.Count);
            w.Write(model.MlpWeight);
            foreach (var mlp in model.Mlps)
            {
                mlp.Write(w);
            }
        });
    }

    public static (Classifier Classifier, PortrayalLexicon Lexicon, TargetVectorOptions? TargetVectors, PortrayalMlp[] Mlps, float MlpWeight) Load(string path) =>
        ModelFile.ReadFile(path, Magic, PerceptronRowsFormat, TargetVectorsFormat, "portrayal model", (r, format) =>
        {
            var classifier = ModelFile.Read(r);
            var lexicon = PortrayalLexicon.Read(r);
            var targetVectors = format >= TargetVectorsFormat ? TargetVectorOptions.Read(r) : null;
            var count = r.ReadInt32();
            var weight = r.ReadSingle();
            if (count is < 0 or > MaxPerceptrons || !(weight is >= 0f and < 1f))
            {
                throw new InvalidDataException($"Not a NewsNlp portrayal model: {count} perceptrons with share {weight}.");
            }

            var mlps = new PortrayalMlp[count];
            for (var i = 0; i < mlps.Length; i++)
            {
                mlps[i] = PortrayalMlp.Read(r);
            }

            return (classifier, lexicon, targetVectors, mlps, weight);
        });
}
