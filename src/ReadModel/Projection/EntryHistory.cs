using Microsoft.EntityFrameworkCore;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Lists;
using SignauxFaibles.ReadModel.Storage;

namespace SignauxFaibles.ReadModel.Projection;

/// <summary>The dated-list entries (date, level) of a set of firms, loaded once per batch and kept current as entries are added.</summary>
internal sealed class EntryHistory
{
    private readonly Dictionary<string, List<ListEntryLevel>> _bySiren = new(StringComparer.Ordinal);

    public static async Task<EntryHistory> LoadAsync(ReadModelDbContext db, string[] sirens, CancellationToken cancellationToken)
    {
        var live = ReadModelLists.Live;
        var rows = await db.Entries.AsNoTracking()
            .Where(e => e.ListDate != live && sirens.Contains(e.Siren))
            .Select(e => new { e.Siren, e.ListDate, e.Level })
            .ToListAsync(cancellationToken);
        var history = new EntryHistory();
        foreach (var r in rows)
        {
            history.Add(r.Siren, r.ListDate, LevelCodes.Parse(r.Level));
        }

        return history;
    }

    public IReadOnlyList<ListEntryLevel> Of(string siren) => _bySiren.TryGetValue(siren, out var list) ? list : [];

    public bool Has(string siren, DateOnly listDate) => _bySiren.TryGetValue(siren, out var list) && list.Exists(e => e.ListDate == listDate);

    public void Add(string siren, DateOnly listDate, AlertLevel level)
    {
        if (!_bySiren.TryGetValue(siren, out var list))
        {
            _bySiren[siren] = list = [];
        }

        list.Add(new ListEntryLevel(listDate, level));
    }
}
