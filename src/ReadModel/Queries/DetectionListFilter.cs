using Microsoft.EntityFrameworkCore;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Reference;
using SignauxFaibles.ReadModel.Storage;

namespace SignauxFaibles.ReadModel.Queries;

/// <summary>
/// The filters of <see cref="DetectionListQuery"/> as one LINQ expression over <c>list_entries</c>, translated
/// by whichever provider runs it: the single definition of what each filter means.
/// </summary>
internal static class DetectionListFilter
{
    /// <summary>Every filter except the levels (the counts are per level).</summary>
    public static IQueryable<ListEntryRecord> Apply(IQueryable<ListEntryRecord> entries, DetectionListQuery q, DateOnly listDate, DateOnly today)
    {
        var rows = entries.Where(e => e.ListDate == listDate);
        var zone = ZoneDepartements(q);
        if (zone.Length > 0)
        {
            // An array overlap on PostgreSQL (GIN index of the alert rows, V002), json_each on SQLite.
            rows = rows.Where(e => e.ZoneDepartements.Any(d => zone.Contains(d)));
        }

        if (q.Scope is { } scope)
        {
            var deps = scope.Departements.ToArray();
            var sirens = scope.Sirens.ToArray();
            rows = rows.Where(e => e.ZoneDepartements.Any(d => deps.Contains(d)) || sirens.Contains(e.Siren));
        }

        if (q.NafSections.Count > 0)
        {
            var sections = q.NafSections.Select(s => s.ToUpperInvariant()).ToArray();
            rows = rows.Where(e => e.NafSection != null && sections.Contains(e.NafSection));
        }

        if (q.NafDivisions.Count > 0)
        {
            var divisions = q.NafDivisions.ToArray();
            rows = rows.Where(e => e.NafDivision != null && divisions.Contains(e.NafDivision));
        }

        if (q.MinEffectif is { } minEffectif)
        {
            rows = rows.Where(e => e.Effectif >= minEffectif);
        }

        if (q.MinChiffreAffaires is { } minCa)
        {
            rows = rows.Where(e => e.ChiffreAffaires >= minCa);
        }

        if (q.Procedures.Count > 0)
        {
            var procedures = q.Procedures.ToArray();
            rows = rows.Where(e => procedures.Contains(e.Procedure));
        }

        if (q.PremieresAlertesOnly)
        {
            rows = rows.Where(e => e.PremiereAlerte);
        }

        if (q.SansDelaiUrssaf)
        {
            rows = rows.Where(e => !e.DelaiUrssafEnCours);
        }

        if (q.MinAgeYears is { } years)
        {
            var createdBy = (listDate == ReadModelLists.Live ? today : listDate).AddYears(-years);
            rows = rows.Where(e => e.DateCreation != null && e.DateCreation <= createdBy);
        }

        if (q.Followed != FollowedFilter.All)
        {
            var followed = q.FollowedSirens.ToArray();
            rows = q.Followed == FollowedFilter.Only
                ? rows.Where(e => followed.Contains(e.Siren))
                : rows.Where(e => !followed.Contains(e.Siren));
        }

        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            var text = q.Text.Trim();
            if (text.All(char.IsAsciiDigit))
            {
                rows = rows.Where(e => e.Siren.StartsWith(text));
            }
            else
            {
                // PostgreSQL serves it with the trigram GIN index of the alert rows (V002).
                var pattern = "%" + EscapeLike(SearchText.Fold(text)) + "%";
                rows = rows.Where(e => EF.Functions.Like(e.SearchText, pattern, "\\"));
            }
        }

        return rows;
    }

    /// <summary>
    /// The level filter. When it keeps only alert levels, the alert-row predicate is written with literal
    /// codes, so PostgreSQL can prove it implies the partial index of alert rows and use it.
    /// </summary>
    public static IQueryable<ListEntryRecord> Levels(IQueryable<ListEntryRecord> rows, IReadOnlyCollection<AlertLevel> levels)
    {
        var codes = LevelCodesOf(levels);
        if (!AlertRowsOnly(levels))
        {
            return rows.Where(e => codes.Contains(e.Level));
        }

        rows = AlertRows(rows);
        return codes.Length == 2 ? rows : rows.Where(e => codes.Contains(e.Level));
    }

    /// <summary>True when the levels asked for are alert levels only (the list's usual case).</summary>
    public static bool AlertRowsOnly(IReadOnlyCollection<AlertLevel> levels) => levels.Count > 0 && levels.All(l => l.IsAlert());

    /// <summary>The alert rows, with literal codes (see <see cref="Levels"/>).</summary>
    public static IQueryable<ListEntryRecord> AlertRows(IQueryable<ListEntryRecord> rows) =>
        rows.Where(e => e.Level == LevelCodes.Eleve || e.Level == LevelCodes.Modere);

    public static string[] LevelCodesOf(IReadOnlyCollection<AlertLevel> levels) => [.. levels.Select(LevelCodes.Of).Distinct()];

    /// <summary>The départements of the zone filter: those named plus those of the régions named.</summary>
    private static string[] ZoneDepartements(DetectionListQuery q)
    {
        if (q.Regions.Count == 0)
        {
            return [.. q.Departements];
        }

        var regions = q.Regions.ToHashSet(StringComparer.Ordinal);
        return [.. q.Departements.Concat(Departements.All.Where(d => regions.Contains(d.Region)).Select(d => d.Code)).Distinct()];
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
