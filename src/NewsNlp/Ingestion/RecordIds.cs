using System.Security.Cryptography;
using System.Text;

namespace NewsNlp.Ingestion;

/// <summary>Stable document ids for records without their own: the same file and record always get the same id.</summary>
public static class RecordIds
{
    /// <summary>The first 16 hex digits of SHA-256 over "relative path \n record".</summary>
    public static string Derive(string relativePath, string record)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(relativePath + "\n" + record), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
