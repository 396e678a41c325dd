using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Grains.Tests.Infrastructure;
using SignauxFaibles.Models;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Grains.Tests;

/// <summary>Activating model versions across a two-silo cluster: refusals change nothing, a switch re-scores the active firms.</summary>
[Collection(ModelCluster.Name)]
public class ModelVersionTests(ModelClusterFixture fixture)
{
    /// <summary>Thresholds low enough that a firm at "risque modéré" under the built-in version is "risque élevé" under this one.</summary>
    private static readonly AlertThresholds Strict = new(Eleve: 0.04, Modere: 0.02, Hysteresis: 0.1);

    [Fact]
    public async Task ActivateAsync_UnknownVersion_IsRefusedAndChangesNothing()
    {
        var before = await fixture.Registry.GetStatusAsync();
        var versions = fixture.SiloVersions();

        var result = await fixture.Registry.ActivateAsync("no-such-version");

        Assert.False(result.Accepted);
        Assert.Contains("'no-such-version'", result.Message, StringComparison.Ordinal);
        Assert.Contains("nothing changed", result.Message, StringComparison.Ordinal);
        await Eventually.Consistently(
            () => fixture.SiloVersions().SequenceEqual(versions),
            ModelClusterFixture.PollInterval * 3,
            () => $"a silo switched after a refused activation: {string.Join(", ", fixture.SiloVersions())}");
        var after = await fixture.Registry.GetStatusAsync();
        Assert.Equal(before.Active, after.Active);
        Assert.Equal(before.History.Length, after.History.Length);
        Assert.Equal(versions, fixture.SiloVersions());
        Assert.All(after.Silos, s => Assert.Null(s.Error));
    }

    [Fact]
    public async Task ActivateAsync_TamperedVersion_IsRefusedWithTheHashesAndChangesNothing()
    {
        var dir = fixture.WriteVersion("tampered-1", intercept: -3.9, Strict);
        var model = Path.Combine(dir, ModelFiles.Model);
        File.WriteAllText(model, File.ReadAllText(model).Replace("-3.9", "-0.9", StringComparison.Ordinal));
        var before = await fixture.Registry.GetStatusAsync();
        var versions = fixture.SiloVersions();

        var result = await fixture.Registry.ActivateAsync("tampered-1");

        Assert.False(result.Accepted);
        Assert.Contains("content hash", result.Message, StringComparison.Ordinal);
        await Eventually.Consistently(
            () => fixture.SiloVersions().SequenceEqual(versions),
            ModelClusterFixture.PollInterval * 3,
            () => $"a silo switched to a tampered version: {string.Join(", ", fixture.SiloVersions())}");
        Assert.Equal(before.Active, (await fixture.Registry.GetStatusAsync()).Active);
        Assert.Equal(versions, fixture.SiloVersions());
        var listed = (await fixture.Registry.ListAsync()).Single(v => v.Id == "tampered-1");
        Assert.Equal(ModelVersionInfo.Store, listed.Source);
    }

    [Fact]
    public async Task ActivateAsync_NewVersion_EverySiloSwitchesAndActiveFirmsAreRescoredWithoutNewData()
    {
        fixture.WriteVersion("strict-1", intercept: -3.9, Strict);
        await fixture.ActivateAndWaitAsync(ModelClusterFixture.BuiltInId);
        var firms = Enumerable.Range(0, 12).Select(_ => FirmScenario.New()).ToArray();
        foreach (var firm in firms)
        {
            var grain = fixture.Client.GetGrain<IFirmGrain>(firm.Siren);
            await grain.ApplyAsync(firm.Basics());
            await grain.ApplyAsync(firm.Debt(1.0m));
            var summary = await grain.GetSummaryAsync();
            Assert.Equal((AlertLevel.Modere, ModelClusterFixture.BuiltInId), (summary.Level, summary.ModelVersion));
        }

        var result = await fixture.Registry.ActivateAsync("strict-1");
        Assert.True(result.Accepted, result.Message);
        var delay = await fixture.WaitForSwitchAsync("strict-1");
        await fixture.WaitForRescoreAsync("strict-1");

        // At most one poll plus the artifact load (docs/models-operations.md); 200 ms polls on a loaded 2-core box: under 2 s.
        Assert.True(delay < TimeSpan.FromSeconds(2), $"switch took {delay}");
        foreach (var firm in firms)
        {
            var grain = fixture.Client.GetGrain<IFirmGrain>(firm.Siren);
            var summary = await grain.GetSummaryAsync();
            Assert.Equal((AlertLevel.Eleve, "strict-1"), (summary.Level, summary.ModelVersion));
            var last = (await grain.GetAlertHistoryAsync())[^1];
            Assert.Equal((AlertLevel.Modere, AlertLevel.Eleve, "strict-1"), (last.PreviousLevel, last.Level, last.ModelVersion));
        }

        var status = await fixture.Registry.GetStatusAsync();
        Assert.Equal("strict-1", status.ActiveId);
        Assert.Equal(2, status.Silos.Length);
        Assert.All(status.Silos, s => Assert.Equal("strict-1", s.ModelId));
        var rescores = fixture.SiloRescores();
        Assert.True(rescores.Sum(r => r!.Rescored) >= firms.Length, $"{rescores.Sum(r => r!.Rescored)} firms re-scored");
        Assert.All(rescores, r => Assert.Equal((r!.Total, 0), (r.Done, r.Failed)));

        // Rolling back is activating the previous version again.
        await fixture.ActivateAndWaitAsync(ModelClusterFixture.BuiltInId);
        var back = await fixture.Client.GetGrain<IFirmGrain>(firms[0].Siren).GetSummaryAsync();
        Assert.Equal((AlertLevel.Modere, ModelClusterFixture.BuiltInId), (back.Level, back.ModelVersion));
    }
}
