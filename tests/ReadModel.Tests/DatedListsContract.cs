using SignauxFaibles.Domain.Alerts;
using static SignauxFaibles.ReadModel.Tests.Updates;

namespace SignauxFaibles.ReadModel.Tests;

/// <summary>
/// Dated lists and première alerte (docs/lists.md) through the projection, on each store. Three firms over
/// three monthly lists, expectations computed by hand:
/// X modéré in January, healthy in February, élevé in March; Y élevé in January and silent since;
/// Z appears in February (after the February cut-off), modéré.
/// </summary>
public abstract class DatedListsContract(ReadModelProvider provider) : IAsyncLifetime
{
    private const string X = "200000001", Y = "200000002", Z = "200000003";
    private static readonly DateOnly Feb = D(2026, 2, 1), Mar = D(2026, 3, 1), Apr = D(2026, 4, 1);
    private ReadModelStoreFixture _store = null!;

    private static FirmRowUpdate[] History =>
    [
        Firm(X, 0, D(2026, 1, 10), AlertLevel.Modere),
        Firm(Y, 0, D(2026, 1, 15), AlertLevel.Eleve, 0.40),
        Firm(X, 1, D(2026, 2, 12), AlertLevel.PasDAlerte),
        Firm(Z, 0, D(2026, 2, 20), AlertLevel.Modere),
        Firm(X, 2, D(2026, 3, 5), AlertLevel.Eleve, 0.55),
    ];

    public async Task InitializeAsync() => _store = await ReadModelStoreFixture.CreateAsync(provider);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private IDetectionListReader Reader => _store.Reader;

    private static DetectionListQuery Everything(DateOnly listDate) =>
        new() { ListDate = listDate, Levels = [AlertLevel.PasDAlerte, AlertLevel.Modere, AlertLevel.Eleve], MinEffectif = null, Procedures = [], PageSize = 100 };

    private async Task<string[]> EntriesAsync(DateOnly listDate) =>
        [.. (await Reader.QueryAsync(Everything(listDate), CancellationToken.None)).Rows.OrderBy(r => r.Siren, StringComparer.Ordinal).Select(r => $"{r.Siren}:{r.Level}:{(r.PremiereAlerte ? "1re" : "-")}")];

    [Fact]
    public async Task Close_ThreeLists_InOutInAgainIsNotAFirstAlert()
    {
        await _store.Projector.ApplyAsync(History, [], CancellationToken.None);
        await _store.Projector.CloseAsync(Apr, CancellationToken.None);

        Assert.Equal([$"{X}:Modere:1re", $"{Y}:Eleve:1re"], await EntriesAsync(Feb));
        Assert.Equal([$"{X}:PasDAlerte:-", $"{Y}:Eleve:-", $"{Z}:Modere:1re"], await EntriesAsync(Mar));
        Assert.Equal([$"{X}:Eleve:-", $"{Y}:Eleve:-", $"{Z}:Modere:-"], await EntriesAsync(Apr));
    }

    [Fact]
    public async Task Lists_NewestFirst_WithFrozenCounts_AndTheCurrentIsTheLatestClosed()
    {
        await _store.Projector.ApplyAsync(History, [], CancellationToken.None);
        await _store.Projector.CloseAsync(Apr, CancellationToken.None);

        var lists = await Reader.ListsAsync(CancellationToken.None);
        Assert.Equal([Apr, Mar, Feb], lists.Select(l => l.Date));
        Assert.All(lists, l => Assert.True(l.IsClosed));
        Assert.Equal(new LevelCounts(Eleve: 1, Modere: 1, PremieresAlertes: 2), lists[2].Counts);
        Assert.Equal(new LevelCounts(Eleve: 1, Modere: 1, PremieresAlertes: 1), lists[1].Counts);
        Assert.Equal(new LevelCounts(Eleve: 2, Modere: 1, PremieresAlertes: 0), lists[0].Counts);
        Assert.Equal(3, lists[0].Firms);
        Assert.Equal(Apr, (await Reader.CurrentAsync(CancellationToken.None))!.Date);

        var page = await Reader.QueryAsync(new DetectionListQuery(), CancellationToken.None);
        Assert.Equal(Apr, page.ListDate);
        Assert.Equal([X, Y, Z], page.Rows.Select(r => r.Siren));
    }

    [Fact]
    public async Task Crossing_FreezesTheStateBeforeTheCutOff_NotTheLaterOne()
    {
        await _store.Projector.ApplyAsync(History, [], CancellationToken.None);

        // Lists not closed yet: only the crossings wrote entries (X crossed February and March).
        var feb = await Reader.FirmAsync(X, Feb, CancellationToken.None);
        Assert.Equal(AlertLevel.Modere, feb!.Level);
        Assert.Equal(D(2026, 1, 10), feb.AsOf);
        Assert.Equal(AlertLevel.PasDAlerte, (await Reader.FirmAsync(X, Mar, CancellationToken.None))!.Level);
        Assert.Null(await Reader.FirmAsync(Y, Feb, CancellationToken.None));
        Assert.Equal(AlertLevel.Eleve, (await Reader.FirmAsync(X, null, CancellationToken.None))!.Level);
    }

    [Fact]
    public async Task ClosedList_IsFrozen_AgainstLateFirmsAndLaterUpdates()
    {
        await _store.Projector.ApplyAsync(History, [], CancellationToken.None);
        await _store.Projector.CloseAsync(Apr, CancellationToken.None);
        var before = await EntriesAsync(Apr);

        await _store.Projector.ApplyAsync(
        [
            Firm("200000009", 0, D(2026, 1, 20), AlertLevel.Eleve),
            Firm("200000009", 1, D(2026, 4, 10), AlertLevel.Eleve),
            Firm(X, 3, D(2026, 4, 3), AlertLevel.PasDAlerte),
        ], [], CancellationToken.None);

        Assert.Equal(before, await EntriesAsync(Apr));
        Assert.Equal(3, (await Reader.ListsAsync(CancellationToken.None))[0].Firms);
    }

    [Fact]
    public async Task Lists_AreTheSameWhateverTheInterleavingOfFirms()
    {
        await _store.Projector.ApplyAsync(History, [], CancellationToken.None);
        await _store.Projector.CloseAsync(Apr, CancellationToken.None);
        var expected = new[] { await EntriesAsync(Feb), await EntriesAsync(Mar), await EntriesAsync(Apr) };

        // Another order across firms (each firm's own order kept, as Kafka keys by SIREN), one update per call.
        await using var other = await ReadModelStoreFixture.CreateAsync(provider);
        foreach (var update in History.OrderBy(u => u.Siren == X ? 1 : 0).ThenByDescending(u => u.Siren, StringComparer.Ordinal))
        {
            await other.Projector.ApplyAsync([update], [], CancellationToken.None);
        }

        await other.Projector.CloseAsync(Apr, CancellationToken.None);
        foreach (var (date, i) in new[] { (Feb, 0), (Mar, 1), (Apr, 2) })
        {
            var rows = (await other.Reader.QueryAsync(Everything(date), CancellationToken.None)).Rows;
            Assert.Equal(expected[i], rows.OrderBy(r => r.Siren, StringComparer.Ordinal).Select(r => $"{r.Siren}:{r.Level}:{(r.PremiereAlerte ? "1re" : "-")}"));
        }
    }

    [Fact]
    public async Task Diff_EnteredLeftAndChanged()
    {
        await _store.Projector.ApplyAsync([.. History, Firm(Y, 1, D(2026, 2, 25), AlertLevel.Modere)], [], CancellationToken.None);
        await _store.Projector.CloseAsync(Mar, CancellationToken.None);

        var diff = await Reader.DiffAsync(Feb, Mar, CancellationToken.None);

        Assert.Equal([Z], diff.Entered.Select(r => r.Siren));
        Assert.Equal([(X, AlertLevel.Modere, AlertLevel.PasDAlerte)], diff.Left.Select(r => (r.Siren, r.From, r.To)));
        Assert.Equal([(Y, AlertLevel.Eleve, AlertLevel.Modere)], diff.Changed.Select(r => (r.Siren, r.From, r.To)));
    }

    [Fact]
    public async Task FirmHistory_EntriesAcrossLists_NewestFirst()
    {
        await _store.Projector.ApplyAsync(History, [], CancellationToken.None);
        await _store.Projector.CloseAsync(Apr, CancellationToken.None);

        var history = await Reader.FirmHistoryAsync(X, CancellationToken.None);

        Assert.Equal([(Apr, AlertLevel.Eleve), (Mar, AlertLevel.PasDAlerte), (Feb, AlertLevel.Modere)], history.Select(r => (r.ListDate, r.Level)));
    }

    [Fact]
    public async Task LiveRow_WouldBeFirstOnNext_OnlyWithoutAnAlertOnEarlierLists()
    {
        await _store.Projector.ApplyAsync([Firm(Z, 0, D(2026, 2, 20), AlertLevel.Modere)], [], CancellationToken.None);
        Assert.True((await Reader.FirmAsync(Z, null, CancellationToken.None))!.PremiereAlerte);

        await _store.Projector.CloseAsync(Mar, CancellationToken.None);

        Assert.True((await Reader.FirmAsync(Z, Mar, CancellationToken.None))!.PremiereAlerte);
        Assert.False((await Reader.FirmAsync(Z, null, CancellationToken.None))!.PremiereAlerte);
    }

    [Fact]
    public async Task Apply_DuplicateOrOlderSequence_IsDropped_AndPositionsOnlyMoveForward()
    {
        await _store.Projector.ApplyAsync(History, [new("sf.scores", 0, 10)], CancellationToken.None);
        await _store.Projector.ApplyAsync([Firm(X, 1, D(2026, 2, 12), AlertLevel.PasDAlerte)], [new("sf.scores", 0, 4), new("sf.scores", 1, 3)], CancellationToken.None);

        Assert.Equal(AlertLevel.Eleve, (await Reader.FirmAsync(X, null, CancellationToken.None))!.Level);
        var positions = await _store.Projector.PositionsAsync(CancellationToken.None);
        Assert.Equal([("sf.scores", 0, 10L), ("sf.scores", 1, 3L)], positions.OrderBy(p => p.Partition).Select(p => (p.Topic, p.Partition, p.NextOffset)));
        Assert.Equal(D(2026, 3, 5), await _store.Projector.ClockAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Close_NotAFirstDayOfMonth_IsRefused() =>
        await Assert.ThrowsAsync<ArgumentException>(() => _store.Projector.CloseAsync(D(2026, 3, 15), CancellationToken.None));

    [Fact]
    public async Task Clear_EmptiesEverything()
    {
        await _store.Projector.ApplyAsync(History, [new("sf.scores", 0, 10)], CancellationToken.None);
        await _store.Projector.CloseAsync(Apr, CancellationToken.None);

        await _store.Projector.ClearAsync(CancellationToken.None);

        Assert.Empty(await Reader.ListsAsync(CancellationToken.None));
        Assert.Empty(await _store.Projector.PositionsAsync(CancellationToken.None));
        Assert.Null(await Reader.FirmAsync(X, null, CancellationToken.None));
    }
}

public sealed class SqliteDatedListsTests() : DatedListsContract(ReadModelProvider.Sqlite);

[Trait("Category", "Postgres")]
public sealed class PostgresDatedListsTests() : DatedListsContract(ReadModelProvider.Postgres);
