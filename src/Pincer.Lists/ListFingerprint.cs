using System.Security.Cryptography;

namespace Pincer.Lists;

/// <summary>SHA-256 of a list input: the identity of a publication, so the same file is never imported twice.</summary>
public static class ListFingerprint
{
    /// <summary>
    /// Hash of the file as stored (compressed bytes for .bz2), or, for a folder, of each file's name and
    /// hash in ordinal name order.
    /// </summary>
    public static string Sha256(ListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.IsDirectory)
        {
            using var stream = File.OpenRead(input.Path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(input.Path).Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            hash.AppendData(SHA256.HashData(stream));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
