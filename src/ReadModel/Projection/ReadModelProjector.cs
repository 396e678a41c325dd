using Microsoft.EntityFrameworkCore;
using SignauxFaibles.Domain.Lists;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.ReadModel.Storage;

namespace SignauxFaibles.ReadModel.Projection;

/// <summary>
/// Projects firm state changes into the live list and the dated lists. Each call is one transaction: the
/// live rows, the list entries frozen by crossings, and the consumed positions are written together.
/// </summary>
internal sealed class ReadModelProjector(IDbContextFactory<ReadModelDbContext> contexts, TimeProvider time) : IReadModelProjector
{
    /// <summary>Live rows processed per round trip when a list is closed.</summary>
    private const int CloseChunk = 2000;

    public async Task ApplyAsync(IReadOnlyList<FirmRowUpdate> updates, IReadOnlyList<ProjectionPosition> positions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        ArgumentNullException.ThrowIfNull(positions);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var live = ReadModelLists.Live;
        var sirens = updates.Select(u => u.Siren).Distinct(StringComparer.Ordinal).ToArray();
        var rows = await db.Entries.Include(e => e.Zones)
            .Where(e => e.ListDate == live && sirens.Contains(e.Siren))
            .ToDictionaryAsync(e => e.Siren, StringComparer.Ordinal, cancellationToken);
        var history = await EntryHistory.LoadAsync(db, sirens, cancellationToken);
        var lists = await db.Lists.ToDictionaryAsync(l => l.ListDate, cancellationToken);
        var latestClosed = lists.Values.Where(l => l.ClosedAt is not null).Select(l => (DateOnly?)l.ListDate).Max();

        foreach (var update in updates)
        {
            rows.TryGetValue(update.Siren, out var row);
            if (row is not null && update.Sequence <= row.Sequence)
            {
                continue;
            }

            if (row is not null)
            {
                foreach (var listDate in ListCalendar.Crossed(row.AsOf, update.AsOf))
                {
                    Freeze(db, row, listDate, history, lists);
                }
            }
            else
            {
                row = new ListEntryRecord { ListDate = live, Siren = update.Siren };
                db.Entries.Add(row);
                rows[update.Siren] = row;
            }

            EntryMapping.Assign(row, update);
            row.Zones.Clear();
            row.Zones.AddRange(EntryMapping.ZonesOf(live, row.Siren, row.Departements));
            row.PremiereAlerte = FirstAlertRule.IsFirst(NextListDate(row.AsOf, latestClosed), update.Level, history.Of(row.Siren));
        }

        await SavePositionsAsync(db, positions, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    public async Task CloseAsync(DateOnly listDate, CancellationToken cancellationToken)
    {
        if (!ListCalendar.IsListDate(listDate))
        {
            throw new ArgumentException($"{listDate:yyyy-MM-dd} is not a list date (lists are dated on the first day of a month).", nameof(listDate));
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // Earlier open lists first, so each first-alert flag sees the entries of the lists before it.
            var open = await db.Lists.AsNoTracking().Where(l => l.ClosedAt == null && l.ListDate < listDate).Select(l => l.ListDate).ToListAsync(cancellationToken);
            foreach (var earlier in open.Order())
            {
                await CloseOneAsync(earlier, cancellationToken);
            }
        }

        await CloseOneAsync(listDate, cancellationToken);
    }

    public async Task<IReadOnlyList<ProjectionPosition>> PositionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Positions.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(p => new ProjectionPosition(p.Topic, p.Partition, p.NextOffset))];
    }

    public async Task<DateOnly?> ClockAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = ReadModelLists.Live;
        return await db.Entries.Where(e => e.ListDate == live).MaxAsync(e => (DateOnly?)e.AsOf, cancellationToken);
    }

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Zones.ExecuteDeleteAsync(cancellationToken);
        await db.Entries.ExecuteDeleteAsync(cancellationToken);
        await db.Lists.ExecuteDeleteAsync(cancellationToken);
        await db.Positions.ExecuteDeleteAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>Fills the list with the firms that did not cross its cut-off, in chunks, then freezes its counts.</summary>
    private async Task CloseOneAsync(DateOnly listDate, CancellationToken cancellationToken)
    {
        var live = ReadModelLists.Live;
        var after = "";
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var record = await db.Lists.FindAsync([listDate], cancellationToken);
            if (record?.ClosedAt is not null)
            {
                return;
            }

            // Live rows dated before the cut-off (their state is the one in force at it) and not yet on the list.
            var chunk = await db.Entries
                .Where(e => e.ListDate == live && e.AsOf < listDate && string.Compare(e.Siren, after) > 0
                    && !db.Entries.Any(x => x.ListDate == listDate && x.Siren == e.Siren))
                .OrderBy(e => e.Siren)
                .Take(CloseChunk)
                .ToListAsync(cancellationToken);
            if (chunk.Count == 0)
            {
                await FinishAsync(db, listDate, cancellationToken);
                return;
            }

            var sirens = chunk.Select(e => e.Siren).ToArray();
            var history = await EntryHistory.LoadAsync(db, sirens, cancellationToken);
            var lists = new Dictionary<DateOnly, DatedListRecord>();
            if (record is not null)
            {
                lists[listDate] = record;
            }

            foreach (var row in chunk)
            {
                Freeze(db, row, listDate, history, lists);

                // Now on this list: the live row's "would be first on the next list" follows.
                row.PremiereAlerte = FirstAlertRule.IsFirst(NextListDate(row.AsOf, listDate), LevelCodes.Parse(row.Level), history.Of(row.Siren));
            }

            await db.SaveChangesAsync(cancellationToken);
            after = chunk[^1].Siren;
        }
    }

    private async Task FinishAsync(ReadModelDbContext db, DateOnly listDate, CancellationToken cancellationToken)
    {
        var counts = await db.Entries.Where(e => e.ListDate == listDate)
            .GroupBy(e => new { e.Level, e.PremiereAlerte })
            .Select(g => new { g.Key.Level, g.Key.PremiereAlerte, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var record = await db.Lists.FindAsync([listDate], cancellationToken);
        if (record is null && counts.Count == 0)
        {
            // No firm was known before this cut-off: no list (the projection started after it).
            return;
        }

        if (record is null)
        {
            record = new DatedListRecord { ListDate = listDate };
            db.Lists.Add(record);
        }

        record.Firms = counts.Sum(c => c.Count);
        record.Eleve = counts.Where(c => c.Level == LevelCodes.Eleve).Sum(c => c.Count);
        record.Modere = counts.Where(c => c.Level == LevelCodes.Modere).Sum(c => c.Count);
        record.PremieresAlertes = counts.Where(c => c.PremiereAlerte).Sum(c => c.Count);
        record.ClosedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Writes the live row's current state as its entry on <paramref name="listDate"/> (unless it has one, or is not scored).</summary>
    private static void Freeze(ReadModelDbContext db, ListEntryRecord row, DateOnly listDate, EntryHistory history, Dictionary<DateOnly, DatedListRecord> lists)
    {
        if (!lists.TryGetValue(listDate, out var record))
        {
            record = db.Lists.Find(listDate) ?? db.Lists.Add(new DatedListRecord { ListDate = listDate }).Entity;
            lists[listDate] = record;
        }

        // A closed list is frozen: a firm reaching it late keeps the state the list was closed with.
        if (record.ClosedAt is not null)
        {
            return;
        }

        var level = LevelCodes.Parse(row.Level);
        if (level == Domain.Alerts.AlertLevel.HorsPerimetre || history.Has(row.Siren, listDate))
        {
            return;
        }

        var premiere = FirstAlertRule.IsFirst(listDate, level, history.Of(row.Siren));
        db.Entries.Add(EntryMapping.CopyTo(row, listDate, premiere));
        history.Add(row.Siren, listDate, level);
    }

    /// <summary>The next list a live state can still enter: after its delivery date, and after the latest closed list.</summary>
    private static DateOnly NextListDate(DateOnly asOf, DateOnly? latestClosed)
    {
        var next = ListCalendar.DateOf(Month.From(asOf).Next);
        return latestClosed is { } closed && closed >= next ? closed.AddMonths(1) : next;
    }

    private static async Task SavePositionsAsync(ReadModelDbContext db, IReadOnlyList<ProjectionPosition> positions, CancellationToken cancellationToken)
    {
        foreach (var p in positions)
        {
            var row = await db.Positions.FindAsync([p.Topic, p.Partition], cancellationToken);
            if (row is null)
            {
                db.Positions.Add(new ProjectionPositionRecord { Topic = p.Topic, Partition = p.Partition, NextOffset = p.NextOffset });
            }
            else if (p.NextOffset > row.NextOffset)
            {
                row.NextOffset = p.NextOffset;
            }
        }
    }
}
