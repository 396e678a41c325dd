using System.Diagnostics;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Grains.Tests.Infrastructure;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Grains.Tests;

/// <summary>
/// A failed state write must leave the firm as if the batch never came: the call fails with
/// <see cref="StateNotPersistedException"/> (so the ingest does not acknowledge it), the stored row is
/// what the next activation sees, and the retry applies the batch again, once, with the same alerts.
/// </summary>
[Collection(FaultyStorageCluster.Name)]
public class PersistBeforeAcknowledgeTests(FaultyStorageClusterFixture fixture)
{
    private static readonly TimeSpan RetryTimeout = TimeSpan.FromSeconds(20);

    private readonly IClusterClient _client = fixture.Client;

    [Fact]
    public async Task ApplyAsync_WriteFails_CallFailsAndTheStoredFirmIsUnchanged()
    {
        var firm = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        await grain.ApplyAsync(firm.Basics());
        var positions = await grain.GetPositionsAsync();
        var summary = await grain.GetSummaryAsync();

        fixture.Faults.FailNextWrites(1);
        await Assert.ThrowsAsync<StateNotPersistedException>(() => grain.ApplyAsync(firm.Debt(3.0m)));

        // Whatever activation answers now holds what is stored: not the batch whose write failed.
        Same.Json(positions, await RetryAsync(() => grain.GetPositionsAsync()));
        Assert.Equal(summary.Level, (await grain.GetSummaryAsync()).Level);
        Assert.Empty(await grain.GetAlertHistoryAsync());
    }

    [Fact]
    public async Task ApplyAsync_WriteFailsThenRetried_AppliedOnceWithTheAlertsOfAFaultFreeRun()
    {
        await using var collector = await AlertCollector.StartAsync(_client);
        var faultFree = FirmScenario.New();
        var faulty = FirmScenario.New();
        var expected = await RunAsync(faultFree, failures: 0);

        var outcomes = await RunAsync(faulty, failures: 1);

        Assert.Equal(expected.Select(o => (o.Applied, o.Duplicates, o.Changed, o.Level, o.AlertsEmitted)),
            outcomes.Select(o => (o.Applied, o.Duplicates, o.Changed, o.Level, o.AlertsEmitted)));
        var stored = await _client.GetGrain<IFirmGrain>(faulty.Siren).GetAlertHistoryAsync();
        var reference = await _client.GetGrain<IFirmGrain>(faultFree.Siren).GetAlertHistoryAsync();
        Assert.Equal(reference.Select(a => (a.PreviousLevel, a.Level)), stored.Select(a => (a.PreviousLevel, a.Level)));
        Assert.Equal(stored.Length, stored.Select(a => a.Id).Distinct().Count());

        // Published alerts: each id once per publication round, and exactly the stored ones.
        var received = await collector.ForAsync(faulty.Siren, stored.Length);
        Assert.Equal(stored.Select(a => a.Id).Order(), received.Select(a => a.Id).Distinct().Order());
    }

    [Fact]
    public async Task ApplyAsync_StorageDownForSeveralAttempts_NothingAcknowledgedUntilItIsBack()
    {
        var firm = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        var basics = firm.Basics();

        fixture.Faults.WritesDown = true;
        try
        {
            for (var attempt = 0; attempt < 3; attempt++)
            {
                await Assert.ThrowsAsync<StateNotPersistedException>(() => grain.ApplyAsync(basics));
            }

            Assert.Empty(await RetryAsync(() => grain.GetPositionsAsync()));
        }
        finally
        {
            fixture.Faults.WritesDown = false;
        }

        var outcome = await RetryAsync(() => grain.ApplyAsync(basics));

        Assert.Equal((basics.Events.Length, 0, true), (outcome.Applied, outcome.Duplicates, outcome.Changed));
        Assert.Equal(basics.Events[^1].Position, Assert.Single(await grain.GetPositionsAsync()));
    }

    /// <summary>Basics, a debt raising an élevé alert, then its repayment; the first <paramref name="failures"/> writes of each step fail.</summary>
    private async Task<List<ApplyOutcome>> RunAsync(FirmScenario firm, int failures)
    {
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        var outcomes = new List<ApplyOutcome>();
        foreach (var batch in new[] { firm.Basics(), firm.Debt(3.0m), firm.Debt(0.0m) })
        {
            if (failures > 0)
            {
                fixture.Faults.FailNextWrites(failures);
                await Assert.ThrowsAsync<StateNotPersistedException>(() => grain.ApplyAsync(batch));
            }

            outcomes.Add(await RetryAsync(() => grain.ApplyAsync(batch)));
        }

        Assert.Contains(outcomes, o => o.Level == AlertLevel.Eleve);
        return outcomes;
    }

    /// <summary>Retries a call refused by an activation that is being dropped, as the ingest does.</summary>
    private static async Task<T> RetryAsync<T>(Func<Task<T>> call)
    {
        T result = default!;
        StateNotPersistedException? last = null;
        await Eventually.Until(
            async () =>
            {
                try
                {
                    result = await call();
                    return true;
                }
                catch (StateNotPersistedException ex)
                {
                    last = ex;
                    return false;
                }
            },
            RetryTimeout,
            () => $"the call was still refused: {last?.Message}",
            TimeSpan.FromMilliseconds(20));
        return result;
    }
}
