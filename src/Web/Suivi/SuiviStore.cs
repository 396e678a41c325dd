using Microsoft.EntityFrameworkCore;
using SignauxFaibles.Web.Data;
using SignauxFaibles.Web.Security;

namespace SignauxFaibles.Web.Suivi;

/// <summary>
/// Suivi and comments. Following a firm opens it to the agent even outside his zone (domain.md §6), so
/// following is only offered on a firm the agent can already open; the check is in the endpoints through
/// <see cref="FirmAccess"/>.
/// </summary>
public sealed class SuiviStore(WebDbContext db, TimeProvider time)
{
    public Task<bool> IsFollowingAsync(string login, string siren, CancellationToken ct) =>
        db.Suivis.AnyAsync(s => s.Login == login && s.Siren == siren && s.Until == null, ct);

    public async Task<IReadOnlyList<SuiviRecord>> FollowedAsync(string login, CancellationToken ct) =>
        await db.Suivis.AsNoTracking().Where(s => s.Login == login && s.Until == null).OrderByDescending(s => s.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<SuiviRecord>> OfFirmAsync(string siren, CancellationToken ct) =>
        await db.Suivis.AsNoTracking().Where(s => s.Siren == siren).OrderBy(s => s.Id).ToListAsync(ct);

    /// <summary>Follows the firm; false when the agent already follows it.</summary>
    public async Task<bool> FollowAsync(Agent agent, string siren, string category, CancellationToken ct)
    {
        if (await IsFollowingAsync(agent.Login, siren, ct))
        {
            return false;
        }

        db.Suivis.Add(new SuiviRecord { Siren = siren, Login = agent.Login, Category = category, Since = Now });
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Stops following; false when the agent did not follow the firm.</summary>
    public async Task<bool> UnfollowAsync(Agent agent, string siren, CancellationToken ct)
    {
        var open = await db.Suivis.Where(s => s.Login == agent.Login && s.Siren == siren && s.Until == null).ToListAsync(ct);
        foreach (var s in open)
        {
            s.Until = Now;
        }

        await db.SaveChangesAsync(ct);
        return open.Count > 0;
    }

    public async Task<IReadOnlyList<CommentRecord>> CommentsAsync(string siren, CancellationToken ct) =>
        await db.Comments.AsNoTracking().Where(c => c.Siren == siren).OrderBy(c => c.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<CommentRevisionRecord>> RevisionsAsync(IReadOnlyCollection<long> commentIds, CancellationToken ct) =>
        await db.CommentRevisions.AsNoTracking().Where(r => commentIds.Contains(r.CommentId)).OrderBy(r => r.Id).ToListAsync(ct);

    /// <summary>Adds a comment (a reply when <paramref name="parentId"/> names a comment of the same firm).</summary>
    public async Task<CommentRecord?> CommentAsync(Agent agent, string siren, long? parentId, string text, CancellationToken ct)
    {
        if (parentId is { } p && !await db.Comments.AnyAsync(c => c.Id == p && c.Siren == siren, ct))
        {
            return null;
        }

        var comment = new CommentRecord
        {
            Siren = siren,
            ParentId = parentId,
            Login = agent.Login,
            Author = agent.Name,
            Text = text,
            CreatedAt = Now,
        };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(ct);
        return comment;
    }

    /// <summary>Edits the agent's own comment, keeping the previous text; false when it is not his or not this firm's.</summary>
    public async Task<bool> EditAsync(Agent agent, string siren, long id, string text, CancellationToken ct)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == id && c.Siren == siren && c.Login == agent.Login, ct);
        if (comment is null)
        {
            return false;
        }

        db.CommentRevisions.Add(new CommentRevisionRecord { CommentId = id, Text = comment.Text, ReplacedAt = Now });
        comment.Text = text;
        comment.EditedAt = Now;
        await db.SaveChangesAsync(ct);
        return true;
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
