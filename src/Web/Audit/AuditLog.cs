using Microsoft.EntityFrameworkCore;
using SignauxFaibles.Web.Data;
using SignauxFaibles.Web.Security;

namespace SignauxFaibles.Web.Audit;

/// <summary>Writes and reads the audit log (firm views, exports, suivi changes), in the web store.</summary>
public sealed class AuditLog(WebDbContext db, TimeProvider time)
{
    public const int MaxPage = 1000;

    public async Task RecordAsync(Agent agent, string action, string? siren, string? detail, CancellationToken ct)
    {
        db.Audit.Add(new AuditRecord
        {
            At = time.GetUtcNow().UtcDateTime,
            Login = agent.Login,
            Action = action,
            Siren = siren,
            Detail = detail is { Length: > 1000 } ? detail[..1000] : detail,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The latest entries, newest first, optionally for one login, firm or action.</summary>
    public async Task<IReadOnlyList<AuditRecord>> QueryAsync(string? login, string? siren, string? action, int limit, CancellationToken ct)
    {
        var q = db.Audit.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(login))
        {
            q = q.Where(a => a.Login == login);
        }

        if (!string.IsNullOrWhiteSpace(siren))
        {
            q = q.Where(a => a.Siren == siren);
        }

        if (!string.IsNullOrWhiteSpace(action))
        {
            q = q.Where(a => a.Action == action);
        }

        return await q.OrderByDescending(a => a.Id).Take(Math.Clamp(limit, 1, MaxPage)).ToListAsync(ct);
    }
}
