using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Lists;
using SignauxFaibles.Grains.Tests.Infrastructure;

namespace SignauxFaibles.Grains.Tests;

/// <summary>The list flags of live alerts (docs/alerts.md, "List flags"), from the lists the firm grain records.</summary>
[Collection(SharedCluster.Name)]
public class ListFlagsTests(ClusterFixture fixture)
{
    private readonly IClusterClient _client = fixture.Client;

    [Fact]
    public async Task ApplyAsync_InOutInAgainAcrossThreeLists_FlagsSayOnListAndNotFirstTheSecondTime()
    {
        await using var collector = await AlertCollector.StartAsync(_client);
        var firm = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        await grain.ApplyAsync(firm.Basics()); // delivered 20 Jul 2023: pas d'alerte

        // 21 Jul: modéré (4.3 %); no list crossed yet, the Aug list would be its first.
        await grain.ApplyAsync(firm.Debt(1.0m, new DateOnly(2023, 7, 21)));
        // 3 Aug: the Aug list holds it in modéré; the debt falls (2.3 %): it leaves.
        await grain.ApplyAsync(firm.Debt(0.2m, new DateOnly(2023, 8, 3)));
        // 4 Sep: crosses the Sep list at pas d'alerte (a new statement, same debt: no event).
        await grain.ApplyAsync(firm.Debt(0.2m, new DateOnly(2023, 9, 4)));
        // 10 Sep: modéré again; not on the Sep list, and the Oct list would not be its first (Aug, within 24 months).
        await grain.ApplyAsync(firm.Debt(1.0m, new DateOnly(2023, 9, 10)));

        var events = await collector.ForAsync(firm.Siren, expected: 3);
        Assert.Equal(
            [
                (AlertLevel.Modere, new DateOnly(2023, 7, 1), false, true),
                (AlertLevel.PasDAlerte, new DateOnly(2023, 8, 1), true, false),
                (AlertLevel.Modere, new DateOnly(2023, 9, 1), false, false),
            ],
            events.Select(e => (e.Level, e.CurrentList, e.OnCurrentList, e.WouldBeFirstOnNext)));
        var history = await grain.GetAlertHistoryAsync();
        Assert.Equal(events.Select(e => (e.Id, e.OnCurrentList, e.WouldBeFirstOnNext)), history.Select(e => (e.Id, e.OnCurrentList, e.WouldBeFirstOnNext)));
    }

    [Fact]
    public async Task ApplyAsync_SameDateReEvaluated_FlagsComeFromTheListsBeforeTheDate()
    {
        await using var collector = await AlertCollector.StartAsync(_client);
        var firm = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        await grain.ApplyAsync(firm.Basics());
        await grain.ApplyAsync(firm.Debt(1.0m, new DateOnly(2023, 7, 21))); // modéré

        // 2 Aug, twice: the Aug list holds it in modéré once, whatever the number of evaluations of the date.
        await grain.ApplyAsync(firm.Debt(3.0m, new DateOnly(2023, 8, 2)));
        await grain.ApplyAsync(firm.Debt(3.5m, new DateOnly(2023, 8, 2)));

        var events = await collector.ForAsync(firm.Siren, expected: 3);
        var last = events[^1];
        Assert.Equal((AlertLevel.Eleve, true, false), (last.Level, last.OnCurrentList, last.WouldBeFirstOnNext));
        Assert.Equal(ListMembership.CurrentList(new DateOnly(2023, 8, 2)), last.CurrentList);
    }
}
