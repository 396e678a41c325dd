using System.Security.Cryptography;
using System.Text;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Alerts;

/// <summary>
/// Deterministic alert ids: the first 16 bytes of SHA-256 over the firm, its transition sequence number,
/// the month scored, both levels and the model version. The same transition replayed gets the same id;
/// two transitions of one firm never share one (their sequence numbers differ).
/// </summary>
public static class AlertId
{
    public static Guid For(string siren, int sequence, Month month, AlertLevel previous, AlertLevel level, string modelVersion)
    {
        var text = $"{siren}|{sequence}|{month}|{previous}|{level}|{modelVersion}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return new Guid(hash[..16]);
    }
}
