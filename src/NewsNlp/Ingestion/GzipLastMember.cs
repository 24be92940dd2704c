using System.IO.Compression;

namespace NewsNlp.Ingestion;

/// <summary>
/// Confirms that a gzip file whose total length disagrees with its trailer is a complete multi-member file:
/// some later member header (magic 1F 8B, method 8) must start a stream that decompresses to exactly the
/// trailer's length. Only called on a mismatch, so the usual single-member file pays nothing; a truncated
/// file fails because no member ends in a trailer that matches its own data.
/// </summary>
internal static class GzipLastMember
{
    public static bool IsComplete(string path, uint expectedLength)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return MemberStarts(file).Any(start => DecompressesTo(file, start, expectedLength));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Offsets of possible member headers after the first, nearest the end first (that is the last member).</summary>
    private static List<long> MemberStarts(FileStream file)
    {
        var starts = new List<long>();
        var buffer = new byte[1 << 16];
        long offset = 0;
        int carried = 0;
        file.Seek(0, SeekOrigin.Begin);
        int read;
        while ((read = file.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            var length = carried + read;
            for (var i = 0; i + 2 < length; i++)
            {
                var position = offset + i;
                if (position > 0 && buffer[i] == 0x1F && buffer[i + 1] == 0x8B && buffer[i + 2] == 8
                    && position <= file.Length - CheckedGzipStream.MinimumGzipLength)
                {
                    starts.Add(position);
                }
            }

            // Keep the last two bytes so a header split across reads is still seen.
            carried = Math.Min(2, length);
            Array.Copy(buffer, length - carried, buffer, 0, carried);
            offset += length - carried;
        }

        starts.Reverse();
        return starts;
    }

    private static bool DecompressesTo(FileStream file, long start, uint expectedLength)
    {
        file.Seek(start, SeekOrigin.Begin);
        try
        {
            using var gzip = new GZipStream(file, CompressionMode.Decompress, leaveOpen: true);
            var buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = gzip.Read(buffer)) > 0)
            {
                total += n;
            }

            return (uint)total == expectedLength;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
