using System.Collections.Immutable;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Grains.Firms;
using SignauxFaibles.Grains.Tests.Infrastructure;

namespace SignauxFaibles.Grains.Tests.StateContract;

/// <summary>
/// A firm state with something in every stored member, built from a small simulated population (100 firms, seed 11):
/// the simulated firm with the most kinds of facts, scored by the transparent scorer with low thresholds so
/// that it is in alert (an alert event in the history and the outbox) and has a score change in its outbox.
/// Written once per state version as a fixture (<see cref="StateContractTests"/>); only the fixture bytes
/// matter afterwards, this builder may change.
/// </summary>
internal static class FirmStateFixture
{
    private static readonly ModelVersion Model = new("fixture-transparent", new AlertThresholds(Eleve: 0.5, Modere: 0.001, Hysteresis: 0.15), "state fixture");

    public static FirmGrainState Build()
    {
        var population = SimulatedPopulation.Run(100, 36, seed: 11, Month.Of(2021, 1));
        var siren = population.Events
            .GroupBy(e => e.Siren, StringComparer.Ordinal)
            .OrderByDescending(g => g.Select(e => e.GetType()).Distinct().Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
        var events = population.Events.Where(e => e.Siren == siren).OrderBy(e => e.DeliveredOn).ToList();
        var history = FirmHistory.Build(siren, events);
        var month = history.LastMonth!.Value;
        var score = new TransparentScorer(Model, TransparentScorer.Version1Terms).Score(FeatureCalculator.Compute(history, month));
        var asOf = events[^1].DeliveredOn;
        var decision = AlertStateMachine.Evaluate(AlertState.Initial, new AlertInput(siren, month, asOf, score, Model));
        var alert = decision.Event ?? throw new InvalidOperationException("the fixture firm is expected in alert");
        var change = new ScoreChange
        {
            Id = ScoreChange.IdFor(siren, 0, month, Model.Id, score.Probability),
            Siren = siren,
            Month = month,
            ModelVersion = Model.Id,
            Score = score.Probability,
            Level = decision.State.Level,
            AsOf = asOf,
            Sequence = 0,
            TopFeatures = alert.TopFeatures,
        };
        return new FirmGrainState
        {
            History = history.ToState(),
            Positions = [new SourcePosition("sf.urssaf.debit", 3, 41), new SourcePosition("sf.sirene.unite_legale", 0, 7)],
            Alert = decision.State,
            Score = score,
            AlertHistory = [alert],
            Outbox = [alert],
            AsOf = asOf,
            ScoreOutbox = [change],
            ScoreSequence = 1,
        };
    }
}
