using System.Security.Cryptography;

namespace SignauxFaibles.Models;

/// <summary>The content hash of a model file: "sha256:" and the lowercase hex digest.</summary>
public static class ContentHash
{
    public const string Prefix = "sha256:";

    public static string Of(ReadOnlySpan<byte> bytes) => Prefix + Convert.ToHexStringLower(SHA256.HashData(bytes));
}
