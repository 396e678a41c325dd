using System.Collections.Immutable;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Lists;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Tests.Lists;

public class ListMembershipTests
{
    private const string Siren = "552100554";
    private static readonly ModelVersion Model = new("test-1", new AlertThresholds(Eleve: 0.30, Modere: 0.12, Hysteresis: 1.0 / 6), "test");

    [Fact]
    public void Flags_InOutInAgainOverThreeLists_NotFirstTheSecondTime()
    {
        // Jan 10: enters modéré; no list crossed yet (the firm's first date), next list 1 Feb: would be first.
        // Feb 5: the clock crosses 1 Feb with modéré in force (on the Feb list); leaves: on the current list, not first.
        // Mar 5: crosses 1 Mar at pas d'alerte (out of the Mar list), no event.
        // Mar 20: enters again; not on the Mar list; the Apr list would not be first (in alert on Feb, within 24 months).
        // Apr 3: crosses 1 Apr in modéré (in again on the Apr list), no event.
        var (events, state) = Run(
            (new DateOnly(2026, 1, 10), 0.13),
            (new DateOnly(2026, 2, 5), 0.05),
            (new DateOnly(2026, 3, 5), 0.05),
            (new DateOnly(2026, 3, 20), 0.13),
            (new DateOnly(2026, 4, 3), 0.13));

        Assert.Equal(
            [
                (AlertLevel.Modere, false, true),
                (AlertLevel.PasDAlerte, true, false),
                (AlertLevel.Modere, false, false),
            ],
            events.Select(e => (e.Level, e.OnCurrentList, e.WouldBeFirstOnNext)));
        Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)], events.Select(e => e.CurrentList));
        Assert.Equal(
            new[] { new ListEntryLevel(new DateOnly(2026, 2, 1), AlertLevel.Modere), new ListEntryLevel(new DateOnly(2026, 4, 1), AlertLevel.Modere) },
            state.AlertLists.ToArray());
    }

    [Fact]
    public void Flags_InAlertOnTheCurrentList_OnCurrentListAndNotFirst()
    {
        // Jan 10 modéré, Feb 2 élevé: the Feb list holds it in modéré; the Mar list would not be its first.
        var (events, _) = Run((new DateOnly(2026, 1, 10), 0.13), (new DateOnly(2026, 2, 2), 0.35));

        Assert.Equal((AlertLevel.Eleve, true, false), (events[1].Level, events[1].OnCurrentList, events[1].WouldBeFirstOnNext));
    }

    [Fact]
    public void Cross_ClockJumpsSeveralCutOffs_RecordsEachListWithTheLevelInForce()
    {
        var lists = ListMembership.Cross([], new DateOnly(2026, 1, 10), new DateOnly(2026, 4, 1), AlertLevel.Eleve);

        Assert.Equal([new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1)], lists.Select(e => e.ListDate));
        Assert.Empty(ListMembership.Cross([], new DateOnly(2026, 1, 10), new DateOnly(2026, 4, 1), AlertLevel.PasDAlerte));
        Assert.Empty(ListMembership.Cross([], null, new DateOnly(2026, 4, 1), AlertLevel.Eleve));
    }

    [Fact]
    public void Cross_ListAlreadyRecorded_IsNotRecordedTwice()
    {
        ImmutableArray<ListEntryLevel> once = [new(new DateOnly(2026, 2, 1), AlertLevel.Modere)];

        Assert.Equal(once.ToArray(), ListMembership.Cross(once, new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 10), AlertLevel.Eleve).ToArray());
    }

    [Fact]
    public void Cross_ListsOlderThanTheHorizon_AreForgottenAndTheFirmIsFirstAgain()
    {
        // In alert on Jan 2024; 25 months later (Feb 2026 crossed) that list is beyond the 24-month horizon.
        ImmutableArray<ListEntryLevel> old = [new(new DateOnly(2024, 1, 1), AlertLevel.Eleve)];

        var lists = ListMembership.Cross(old, new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 3), AlertLevel.PasDAlerte);

        Assert.Empty(lists);
        Assert.True(ListMembership.WouldBeFirstOnNext(old, new DateOnly(2026, 2, 3), AlertLevel.Modere));
        // Delivered in December 2025, the next list (1 Jan 2026) still has Jan 2024 within its 24 months.
        Assert.False(ListMembership.WouldBeFirstOnNext(old, new DateOnly(2025, 12, 20), AlertLevel.Modere));
    }

    [Fact]
    public void CurrentAndNextList_DeliveredOnACutOff_ThatListIsCurrent()
    {
        Assert.Equal(new DateOnly(2026, 2, 1), ListMembership.CurrentList(new DateOnly(2026, 2, 1)));
        Assert.Equal(new DateOnly(2026, 3, 1), ListMembership.NextList(new DateOnly(2026, 2, 1)));
        Assert.Equal(new DateOnly(2026, 2, 1), ListMembership.CurrentList(new DateOnly(2026, 2, 28)));
    }

    [Fact]
    public void StillFirstOnNext_KeptEvent_LapsesOnceItsNextListIsCut()
    {
        // Entered modéré on 10 Jan 2026, first on the Feb list if it were cut then; still in alert since.
        var (events, _) = Run((new DateOnly(2026, 1, 10), 0.13));
        var entered = Assert.Single(events);

        Assert.True(ListMembership.StillFirstOnNext(entered, new DateOnly(2026, 1, 31)));
        Assert.False(ListMembership.StillFirstOnNext(entered, new DateOnly(2026, 2, 1))); // on the Feb list: not first on Mar
        Assert.False(ListMembership.StillFirstOnNext(entered with { WouldBeFirstOnNext = false }, new DateOnly(2026, 1, 20)));
    }

    /// <summary>One evaluation per delivery date, as the firm grain makes them (the month scored is the date's month).</summary>
    private static (List<AlertEvent> Events, AlertState State) Run(params (DateOnly Date, double Score)[] deliveries)
    {
        var state = AlertState.Initial;
        AlertDay? day = null;
        var events = new List<AlertEvent>();
        foreach (var (date, probability) in deliveries)
        {
            var month = Month.From(date);
            var decision = DeliveryDateAlerts.Evaluate(day, state, date, new AlertInput(Siren, month, date, Score(month, probability), Model));
            (state, day) = (decision.State, decision.Day);
            if (decision.EventChanged && decision.Event is { } e)
            {
                events.Add(e);
            }
        }

        return (events, state);
    }

    private static RiskScore Score(Month month, double probability) => new()
    {
        Siren = Siren,
        Month = month,
        ModelVersion = Model.Id,
        Probability = probability,
        BaseLogOdds = -3.9,
        Contributions = ImmutableArray<FeatureContribution>.Empty,
    };
}
