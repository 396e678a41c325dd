using Microsoft.EntityFrameworkCore;

namespace SignauxFaibles.Web.Data;

/// <summary>
/// The web app's own data: suivi, comments with their edit history, and the audit log. One model for both
/// providers (SQLite in the embedded run, PostgreSQL in production), tables in snake case under the
/// <c>web_</c> prefix so they can share a database with the read model.
/// </summary>
public sealed class WebDbContext(DbContextOptions<WebDbContext> options) : DbContext(options)
{
    public DbSet<SuiviRecord> Suivis => Set<SuiviRecord>();
    public DbSet<CommentRecord> Comments => Set<CommentRecord>();
    public DbSet<CommentRevisionRecord> CommentRevisions => Set<CommentRevisionRecord>();
    public DbSet<AuditRecord> Audit => Set<AuditRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SuiviRecord>(e =>
        {
            e.ToTable("web_suivi");
            e.Property(x => x.Siren).HasMaxLength(9);
            e.Property(x => x.Login).HasMaxLength(200);
            e.Property(x => x.Category).HasMaxLength(40);
            e.HasIndex(x => new { x.Login, x.Siren });
            e.HasIndex(x => x.Siren);
        });
        modelBuilder.Entity<CommentRecord>(e =>
        {
            e.ToTable("web_comment");
            e.Property(x => x.Siren).HasMaxLength(9);
            e.Property(x => x.Text).HasMaxLength(CommentLimits.MaxLength);
            e.HasIndex(x => x.Siren);
        });
        modelBuilder.Entity<CommentRevisionRecord>(e =>
        {
            e.ToTable("web_comment_revision");
            e.HasIndex(x => x.CommentId);
        });
        modelBuilder.Entity<AuditRecord>(e =>
        {
            e.ToTable("web_audit");
            e.Property(x => x.Action).HasMaxLength(40);
            e.HasIndex(x => x.At);
            e.HasIndex(x => x.Siren);
        });
    }
}

/// <summary>Bounds on comment text.</summary>
public static class CommentLimits
{
    public const int MaxLength = 4000;
}
