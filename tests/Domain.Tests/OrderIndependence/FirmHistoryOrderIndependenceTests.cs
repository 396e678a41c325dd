using CsCheck;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;

namespace SignauxFaibles.Domain.Tests.OrderIndependence;

/// <summary>
/// The history is a CRDT: whatever the order events arrive in, with duplicates and later corrections, and
/// through a snapshot round trip, it ends in the same state and gives bitwise-equal features every month.
/// </summary>
public class FirmHistoryOrderIndependenceTests
{
    private static readonly Gen<(Scenario Scenario, FirmEvent[] Permutation, int SnapshotAt)> Permuted =
        from s in EventGenerators.Scenario
        from keys in Gen.Int.Array[s.Events.Length]
        from snapshotAt in Gen.Int[0, s.Events.Length]
        select (s, Permute(s.Events, keys), snapshotAt);

    [Fact]
    public void Apply_RandomPermutationWithSnapshot_EqualsInOrderBuild()
    {
        Permuted.Sample(t =>
        {
            foreach (var siren in t.Scenario.Sirens)
            {
                var reference = FirmHistory.Build(siren, t.Scenario.Events);
                var live = new FirmHistory(siren);
                for (var i = 0; i < t.Permutation.Length; i++)
                {
                    if (i == t.SnapshotAt)
                    {
                        live = FirmHistory.FromState(live.ToState());
                    }

                    live.Apply(t.Permutation[i]);
                }

                StateAssert.Same(reference.ToState(), live.ToState());
                StateAssert.SameFeatures(reference, live, t.Scenario.First.AddMonths(-2), t.Scenario.Last.AddMonths(8));
            }
        }, iter: 120, threads: 1);
    }

    [Fact]
    public void Apply_EveryEventAgainInAnyOrder_ReportsNoChange()
    {
        Permuted.Sample(t =>
        {
            foreach (var siren in t.Scenario.Sirens)
            {
                var history = FirmHistory.Build(siren, t.Scenario.Events);
                var before = history.ToState();
                foreach (var e in t.Permutation)
                {
                    Assert.False(history.Apply(e), $"re-applying {e} changed the state");
                }

                StateAssert.Same(before, history.ToState());
            }
        }, iter: 60, threads: 1);
    }

    [Fact]
    public void FromState_OfAnyHistory_RoundTripsExactly()
    {
        EventGenerators.Scenario.Sample(s =>
        {
            foreach (var siren in s.Sirens)
            {
                var history = FirmHistory.Build(siren, s.Events);
                var copy = FirmHistory.FromState(history.ToState());
                StateAssert.Same(history.ToState(), copy.ToState());
                StateAssert.SameFeatures(history, copy, s.First, s.Last.AddMonths(2));
            }
        }, iter: 40, threads: 1);
    }

    [Fact]
    public void Panel_PointInTime_EqualsBuildingEachMonthFromItsDeliveries()
    {
        Permuted.Sample(t =>
        {
            var s = t.Scenario;
            var siren = s.Sirens[0];
            var panel = PointInTime.Panel(siren, t.Permutation, s.First, s.Last.AddMonths(3)).ToList();
            Assert.Equal(s.Last.AddMonths(3).MonthsSince(s.First) + 1, panel.Count);
            foreach (var vector in panel)
            {
                var cut = FirmHistory.Build(siren, s.Events, PointInTime.CutOf(vector.Month));
                Assert.True(FeatureCalculator.Compute(cut, vector.Month).SameValues(vector), $"{siren} {vector.Month}");
            }
        }, iter: 25, threads: 1);
    }

    private static FirmEvent[] Permute(FirmEvent[] events, int[] keys)
    {
        var copy = (FirmEvent[])events.Clone();
        var order = (int[])keys.Clone();
        Array.Sort(order, copy);
        return copy;
    }
}
