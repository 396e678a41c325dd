using Microsoft.EntityFrameworkCore;

namespace SignauxFaibles.ReadModel.Storage;

/// <summary>
/// The one DbContext of the read model, for both providers. Table and column names are snake_case and
/// spelled out here, so the PostgreSQL schema scripts (Schema/*.sql) and the model agree by construction
/// and the contract tests check it.
/// </summary>
internal sealed class ReadModelDbContext(DbContextOptions<ReadModelDbContext> options) : DbContext(options)
{
    public DbSet<ListEntryRecord> Entries => Set<ListEntryRecord>();
    public DbSet<ListEntryZone> Zones => Set<ListEntryZone>();
    public DbSet<DatedListRecord> Lists => Set<DatedListRecord>();
    public DbSet<ProjectionPositionRecord> Positions => Set<ProjectionPositionRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ListEntryRecord>(e =>
        {
            e.ToTable("list_entries");
            e.HasKey(x => new { x.ListDate, x.Siren });
            e.Property(x => x.ListDate).HasColumnName("list_date");
            e.Property(x => x.Siren).HasColumnName("siren").HasMaxLength(9);
            e.Property(x => x.Sequence).HasColumnName("sequence");
            e.Property(x => x.AsOf).HasColumnName("as_of");
            e.Property(x => x.Level).HasColumnName("level").HasMaxLength(16);
            e.Property(x => x.Score).HasColumnName("score");
            e.Property(x => x.SortScore).HasColumnName("sort_score");
            e.Property(x => x.ModelVersion).HasColumnName("model_version").HasMaxLength(128);
            e.Property(x => x.PremiereAlerte).HasColumnName("premiere_alerte");
            e.Property(x => x.RaisonSociale).HasColumnName("raison_sociale").HasMaxLength(256);
            e.Property(x => x.SearchText).HasColumnName("search_text").HasMaxLength(256);
            e.Property(x => x.Departement).HasColumnName("departement").HasMaxLength(3);
            e.Property(x => x.Departements).HasColumnName("departements").HasMaxLength(512);
            ZoneColumn.Configure(e.Property(x => x.ZoneDepartements), Database.IsNpgsql());
            e.Property(x => x.Naf).HasColumnName("naf").HasMaxLength(6);
            e.Property(x => x.NafSection).HasColumnName("naf_section").HasMaxLength(1);
            e.Property(x => x.NafDivision).HasColumnName("naf_division").HasMaxLength(2);
            e.Property(x => x.Procedure).HasColumnName("procedure").HasMaxLength(32);
            e.Property(x => x.ProcedureDate).HasColumnName("procedure_date");
            e.Property(x => x.DetteUrssafEnHausse).HasColumnName("dette_urssaf_en_hausse");
            e.Property(x => x.ActivitePartielleRecente).HasColumnName("activite_partielle_recente");
            e.Property(x => x.DelaiUrssafEnCours).HasColumnName("delai_urssaf_en_cours");
            e.Property(x => x.Effectif).HasColumnName("effectif");
            e.Property(x => x.ChiffreAffaires).HasColumnName("chiffre_affaires");
            e.Property(x => x.ChiffreAffairesVariation).HasColumnName("chiffre_affaires_variation");
            e.Property(x => x.ResultatExploitation).HasColumnName("resultat_exploitation");
            e.Property(x => x.ExcedentBrutExploitation).HasColumnName("excedent_brut_exploitation");
            e.Property(x => x.DateCreation).HasColumnName("date_creation");
            e.Property(x => x.Explanation).HasColumnName("explanation");
            // The list page: one list, in score order (every filter is then checked along the scan).
            e.HasIndex(x => new { x.ListDate, x.SortScore, x.Siren }).HasDatabaseName("ix_list_entries_score").IsDescending(false, true, false);
            // A firm's entries across lists (history, première alerte).
            e.HasIndex(x => new { x.Siren, x.ListDate }).HasDatabaseName("ix_list_entries_siren");
            e.HasMany(x => x.Zones).WithOne().HasForeignKey(z => new { z.ListDate, z.Siren }).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ListEntryZone>(e =>
        {
            e.ToTable("list_entry_zones");
            e.HasKey(x => new { x.ListDate, x.Departement, x.Siren });
            e.Property(x => x.ListDate).HasColumnName("list_date");
            e.Property(x => x.Siren).HasColumnName("siren").HasMaxLength(9);
            e.Property(x => x.Departement).HasColumnName("departement").HasMaxLength(3);
            e.HasIndex(x => new { x.ListDate, x.Siren }).HasDatabaseName("ix_list_entry_zones_entry");
        });

        modelBuilder.Entity<DatedListRecord>(e =>
        {
            e.ToTable("dated_lists");
            e.HasKey(x => x.ListDate);
            e.Property(x => x.ListDate).HasColumnName("list_date");
            e.Property(x => x.ClosedAt).HasColumnName("closed_at");
            e.Property(x => x.Firms).HasColumnName("firms");
            e.Property(x => x.Eleve).HasColumnName("eleve");
            e.Property(x => x.Modere).HasColumnName("modere");
            e.Property(x => x.PremieresAlertes).HasColumnName("premieres_alertes");
        });

        modelBuilder.Entity<ProjectionPositionRecord>(e =>
        {
            e.ToTable("projection_positions");
            e.HasKey(x => new { x.Topic, x.Partition });
            e.Property(x => x.Topic).HasColumnName("topic").HasMaxLength(255);
            e.Property(x => x.Partition).HasColumnName("partition");
            e.Property(x => x.NextOffset).HasColumnName("next_offset");
        });
    }
}
