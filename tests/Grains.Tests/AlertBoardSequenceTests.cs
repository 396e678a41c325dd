using Orleans.Streams;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Grains.Tests.Infrastructure;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Grains.Tests;

/// <summary>
/// The alert board and a date's re-evaluation (docs/alerts.md, "One decision per delivery date"): a later
/// publication with the same sequence number (an amendment under the same id) replaces the kept event; a
/// lower one (a replay) does not.
/// </summary>
[Collection(SharedCluster.Name)]
public class AlertBoardSequenceTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task OnNext_SameSequenceAmended_ReplacesTheKeptEvent_LowerSequenceDoesNot()
    {
        var siren = FirmScenario.New().Siren;
        var stream = fixture.Client.GetStreamProvider(AlertStreams.Provider)
            .GetStream<AlertEvent>(StreamId.Create(AlertStreams.Namespace, AlertStreams.Key));
        var board = fixture.Client.GetGrain<IAlertBoardGrain>(AlertStreams.Key);

        var first = Event(siren, sequence: 0, AlertLevel.Modere, 0.05);
        await stream.OnNextAsync(first);
        await stream.OnNextAsync(first with { Score = 0.06 });
        await Eventually.Until(
            async () => await ScoreOf(board, siren) == 0.06,
            Timeout,
            () => $"the board does not show the amended score of {siren}");

        await stream.OnNextAsync(Event(siren, sequence: 1, AlertLevel.Eleve, 0.2));
        await stream.OnNextAsync(first);
        // A marker published after the replay: once the board shows it, it has seen the replay too.
        var marker = FirmScenario.New().Siren;
        await stream.OnNextAsync(Event(marker, sequence: 0, AlertLevel.Modere, 0.05));
        await Eventually.Until(async () => await ScoreOf(board, marker) is not null, Timeout, () => $"the board never showed {marker}");
        Assert.Equal(0.2, await ScoreOf(board, siren));
    }

    private static async Task<double?> ScoreOf(IAlertBoardGrain board, string siren) =>
        (await board.GetCurrentAsync(100_000)).Alerts.FirstOrDefault(a => a.Siren == siren)?.Score;

    private static AlertEvent Event(string siren, int sequence, AlertLevel level, double score) => new()
    {
        Id = AlertId.For(siren, sequence, Month.Of(2023, 6), AlertLevel.PasDAlerte, level, "test"),
        Siren = siren,
        Month = Month.Of(2023, 6),
        Level = level,
        PreviousLevel = AlertLevel.PasDAlerte,
        Score = score,
        ModelVersion = "test",
        AsOf = new DateOnly(2023, 7, 20),
        Sequence = sequence,
    };
}
