using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Grains;
using SignauxFaibles.Grains.Firms;
using SignauxFaibles.Ingest.Tests.Support;

namespace SignauxFaibles.Ingest.Tests.Scores;

/// <summary>
/// The firm grain's score outbox with the production grain and storage: a score change whose publication
/// failed is not lost (it goes out with the next one, in order), and a reactivated grain republishes only
/// ids already seen.
/// </summary>
public sealed class ScoreOutboxTests : IAsyncLifetime
{
    private static readonly Month Through = Month.Of(2023, 6);

    private readonly FlakyScorePublisher publisher = new(failures: 1);
    private InProcessTestCluster cluster = null!;
    private long offset;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(FirmGrain.StorageName).AddMemoryGrainStorage("PubSubStore").AddMemoryStreams(AlertStreams.Provider);
            silo.Services.AddFirmGrains();
            silo.Services.AddSingleton<IScorePublisher>(publisher);
        });
        cluster = builder.Build();
        await cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await cluster.DisposeAsync();

    [Fact]
    public async Task Apply_PublicationFailsThenRecovers_NoChangeLostAndRepublishedIdsAreTheSame()
    {
        var siren = TestEvents.SirenOf(Random.Shared.Next(1, 80_000_000));
        var firm = cluster.Client.GetGrain<IFirmGrain>(siren);

        var first = await firm.ApplyAsync(Batch(siren, Basics(siren)));
        Assert.True(first.Changed);
        Assert.Equal(1, publisher.Attempts);
        Assert.Empty(publisher.Delivered);

        await firm.ApplyAsync(Batch(siren, [Debt(siren, monthsOfContributions: 3m)]));
        var delivered = publisher.Delivered.ToArray();
        Assert.Equal([0, 1], delivered.Select(c => c.Sequence));
        Assert.All(delivered, c => Assert.Equal(ScoreChange.IdFor(c.Siren, c.Sequence, c.Month, c.ModelVersion, c.Score), c.Id));
        Assert.Null(delivered[0].PreviousScore);
        Assert.Equal(delivered[0].Score, delivered[1].PreviousScore);
        Assert.True(delivered[1].Score > delivered[0].Score);
        Assert.Equal((await firm.GetSummaryAsync()).Score, delivered[1].Score);

        // Same facts again (a re-import, new offsets): no score change, nothing published.
        await firm.ApplyAsync(Batch(siren, Basics(siren)));
        Assert.Equal(2, publisher.Delivered.Count);

        await cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await firm.GetSummaryAsync();
        Assert.Equal(delivered.Select(c => c.Id).ToHashSet(), publisher.Delivered.Select(c => c.Id).ToHashSet());
    }

    private FirmBatch Batch(string siren, IEnumerable<FirmEvent> events) =>
        new(siren, [.. events.Select(e => new SourcedEvent(new SourcePosition("test.scores", 0, offset++), e))]);

    /// <summary>An industrial firm of 40 employees paying 10,000 EUR a month, 24 months up to <see cref="Through"/>: in the perimeter, scored.</summary>
    internal static List<FirmEvent> Basics(string siren)
    {
        var first = Through.AddMonths(-23);
        var delivered = Through.Next.FirstDay.AddDays(19);
        var siret = siren + "00012";
        List<FirmEvent> events =
        [
            new SireneUniteLegale
            {
                Siren = siren, DeliveredOn = first.FirstDay, RaisonSociale = "TEST", CategorieJuridique = "5499",
                Ape = "25.62B", DateCreation = new DateOnly(2005, 3, 1), EstActif = true, NicSiege = "00012",
            },
            new EffectifEntreprise { Siren = siren, DeliveredOn = delivered, Months = [.. Month.Range(first, Through.Next).Select(m => new MonthlyHeadcount(m, 40))] },
        ];
        events.AddRange(Month.Range(first, Through.Next).Select(m => (FirmEvent)new Cotisation
        {
            Siren = siren, Siret = siret, DeliveredOn = delivered, Compte = "C1", PeriodeDebut = m, PeriodeFin = m.Next, Du = 10_000m,
        }));
        return events;
    }

    private static Debit Debt(string siren, decimal monthsOfContributions) => new()
    {
        Siren = siren, Siret = siren + "00012", DeliveredOn = Through.FirstDay.AddDays(9), Compte = "C1", NumeroEcartNegatif = "E1",
        NumeroHistorique = 1, DateTraitement = Through.FirstDay.AddDays(4), PeriodeDebut = Through.AddMonths(-3), PeriodeFin = Through.AddMonths(-2),
        PartOuvriere = monthsOfContributions * 4_000m, PartPatronale = monthsOfContributions * 6_000m,
    };

    /// <summary>A score subscriber whose first <c>failures</c> publications fail, as a broker outage would.</summary>
    private sealed class FlakyScorePublisher(int failures) : IScorePublisher
    {
        private int attempts;

        public int Attempts => Volatile.Read(ref attempts);

        public ConcurrentQueue<ScoreChange> Delivered { get; } = new();

        public Task PublishAsync(ScoreChange change, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref attempts) <= failures)
            {
                return Task.FromException(new InvalidOperationException("broker unavailable"));
            }

            Delivered.Enqueue(change);
            return Task.CompletedTask;
        }
    }
}
