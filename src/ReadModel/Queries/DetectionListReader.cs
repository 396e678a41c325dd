using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.ReadModel.Storage;

namespace SignauxFaibles.ReadModel.Queries;

/// <summary>The one implementation of <see cref="IDetectionListReader"/>, over either provider.</summary>
internal sealed class DetectionListReader(IDbContextFactory<ReadModelDbContext> contexts, TimeProvider time) : IDetectionListReader
{
    public async Task<IReadOnlyList<DatedList>> ListsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lists = await db.Lists.AsNoTracking().OrderByDescending(l => l.ListDate).ToListAsync(cancellationToken);
        return [.. lists.Select(ToList)];
    }

    public async Task<DatedList?> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await CurrentAsync(db, cancellationToken);
    }

    public async Task<DetectionListPage> QueryAsync(DetectionListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, DetectionListQuery.MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var listDate = await ResolveAsync(db, query.ListDate, cancellationToken);
        var filtered = DetectionListFilter.Apply(db.Entries.AsNoTracking(), query, listDate, Today());
        var levels = DetectionListFilter.LevelCodesOf(query.Levels);

        // One aggregate gives the total and the counts: per level and première-alerte flag.
        var groups = await filtered
            .GroupBy(e => new { e.Level, e.PremiereAlerte })
            .Select(g => new { g.Key.Level, g.Key.PremiereAlerte, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var total = groups.Where(g => levels.Contains(g.Level)).Sum(g => g.Count);
        var counts = new LevelCounts(
            groups.Where(g => g.Level == LevelCodes.Eleve).Sum(g => g.Count),
            groups.Where(g => g.Level == LevelCodes.Modere).Sum(g => g.Count),
            groups.Where(g => g.PremiereAlerte && levels.Contains(g.Level)).Sum(g => g.Count));

        var rows = await Order(filtered.Where(e => levels.Contains(e.Level)), query.Sort)
            .Skip((page - 1) * size)
            .Take(size)
            .ToListAsync(cancellationToken);
        return new DetectionListPage(listDate, [.. rows.Select(EntryMapping.ToRow)], total, counts, page, size);
    }

    public async IAsyncEnumerable<DetectionRow> ExportAsync(DetectionListQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var listDate = await ResolveAsync(db, query.ListDate, cancellationToken);
        var levels = DetectionListFilter.LevelCodesOf(query.Levels);
        var rows = Order(DetectionListFilter.Apply(db.Entries.AsNoTracking(), query, listDate, Today()).Where(e => levels.Contains(e.Level)), query.Sort);
        await foreach (var e in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return EntryMapping.ToRow(e);
        }
    }

    public async Task<DetectionRow?> FirmAsync(string siren, DateOnly? listDate, CancellationToken cancellationToken)
    {
        var date = listDate ?? ReadModelLists.Live;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var e = await db.Entries.AsNoTracking().FirstOrDefaultAsync(x => x.ListDate == date && x.Siren == siren, cancellationToken);
        return e is null ? null : EntryMapping.ToRow(e);
    }

    public async Task<IReadOnlyList<DetectionRow>> FirmHistoryAsync(string siren, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = ReadModelLists.Live;
        var entries = await db.Entries.AsNoTracking()
            .Where(x => x.Siren == siren && x.ListDate != live)
            .OrderByDescending(x => x.ListDate)
            .ToListAsync(cancellationToken);
        return [.. entries.Select(EntryMapping.ToRow)];
    }

    public async Task<ListDiff> DiffAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var before = await AlertsOfAsync(db, from, cancellationToken);
        var after = await AlertsOfAsync(db, to, cancellationToken);
        var entered = new List<ListDiffRow>();
        var left = new List<ListDiffRow>();
        var changed = new List<ListDiffRow>();
        foreach (var (siren, a) in after)
        {
            if (!before.TryGetValue(siren, out var b))
            {
                entered.Add(new(siren, a.RaisonSociale, AlertLevel.HorsPerimetre, a.Level, null, a.Score));
            }
            else if (b.Level != a.Level)
            {
                changed.Add(new(siren, a.RaisonSociale, b.Level, a.Level, b.Score, a.Score));
            }
        }

        foreach (var (siren, b) in before)
        {
            if (!after.ContainsKey(siren))
            {
                // Where it went: its level on the later list, if it is there at all.
                var now = await db.Entries.AsNoTracking().Where(x => x.ListDate == to && x.Siren == siren).Select(x => new { x.Level, x.Score }).FirstOrDefaultAsync(cancellationToken);
                left.Add(new(siren, b.RaisonSociale, b.Level, now is null ? AlertLevel.HorsPerimetre : LevelCodes.Parse(now.Level), b.Score, now?.Score));
            }
        }

        static List<ListDiffRow> Sorted(List<ListDiffRow> rows) => [.. rows.OrderBy(r => r.Siren, StringComparer.Ordinal)];
        return new ListDiff(from, to, Sorted(entered), Sorted(left), Sorted(changed));
    }

    private sealed record AlertRow(string? RaisonSociale, AlertLevel Level, double? Score);

    private static async Task<Dictionary<string, AlertRow>> AlertsOfAsync(ReadModelDbContext db, DateOnly date, CancellationToken cancellationToken)
    {
        string[] alert = [LevelCodes.Eleve, LevelCodes.Modere];
        var rows = await db.Entries.AsNoTracking()
            .Where(x => x.ListDate == date && alert.Contains(x.Level))
            .Select(x => new { x.Siren, x.RaisonSociale, x.Level, x.Score })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Siren, r => new AlertRow(r.RaisonSociale, LevelCodes.Parse(r.Level), r.Score), StringComparer.Ordinal);
    }

    private static IQueryable<ListEntryRecord> Order(IQueryable<ListEntryRecord> rows, DetectionSort sort) => sort switch
    {
        DetectionSort.RaisonSociale => rows.OrderBy(e => e.SearchText).ThenBy(e => e.Siren),
        DetectionSort.EffectifDescending => rows.OrderByDescending(e => e.Effectif ?? -1).ThenBy(e => e.Siren),
        _ => rows.OrderByDescending(e => e.SortScore).ThenBy(e => e.Siren),
    };

    /// <summary>The list a query names; null means the current list, or the live one while no list is closed.</summary>
    private static async Task<DateOnly> ResolveAsync(ReadModelDbContext db, DateOnly? requested, CancellationToken cancellationToken) =>
        requested ?? (await CurrentAsync(db, cancellationToken))?.Date ?? ReadModelLists.Live;

    private static async Task<DatedList?> CurrentAsync(ReadModelDbContext db, CancellationToken cancellationToken)
    {
        var current = await db.Lists.AsNoTracking()
            .Where(l => l.ClosedAt != null)
            .OrderByDescending(l => l.ListDate)
            .FirstOrDefaultAsync(cancellationToken);
        return current is null ? null : ToList(current);
    }

    private static DatedList ToList(DatedListRecord l) => new(l.ListDate, l.ClosedAt, l.Firms, new LevelCounts(l.Eleve, l.Modere, l.PremieresAlertes));

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
