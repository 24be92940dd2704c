using System.Security.Cryptography;

namespace NewsNlp.Pipeline;

/// <summary>A model file a stage uses, as listed in run.json.</summary>
public sealed record ModelInfo(string Name, string Version, string Sha256)
{
    /// <summary>Describes a model file, hashing its bytes.</summary>
    public static ModelInfo FromFile(string name, string version, string path)
    {
        using var stream = File.OpenRead(path);
        return new ModelInfo(name, version, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }
}

/// <summary>Implemented by stages that load models, so run.json can say which models produced the output.</summary>
public interface IReportsModels
{
    IReadOnlyList<ModelInfo> Models { get; }
}
