using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Lists;

namespace SignauxFaibles.Domain.Tests.Lists;

public class FirstAlertRuleTests
{
    private static readonly DateOnly Jan = new(2026, 1, 1);
    private static readonly DateOnly Feb = new(2026, 2, 1);
    private static readonly DateOnly Mar = new(2026, 3, 1);

    [Fact]
    public void IsFirst_InOutInAgainOverThreeLists_FirstOnlyTheFirstTime()
    {
        var entries = new List<ListEntryLevel>();
        var firsts = new List<bool>();
        foreach (var (date, level) in new[] { (Jan, AlertLevel.Modere), (Feb, AlertLevel.PasDAlerte), (Mar, AlertLevel.Eleve) })
        {
            firsts.Add(FirstAlertRule.IsFirst(date, level, entries));
            entries.Add(new ListEntryLevel(date, level));
        }

        Assert.Equal([true, false, false], firsts);
    }

    [Fact]
    public void IsFirst_NotInAlert_NeverFirst() =>
        Assert.False(FirstAlertRule.IsFirst(Feb, AlertLevel.PasDAlerte, []));

    [Fact]
    public void IsFirst_InAlertOnConsecutiveLists_OnlyTheEarliestIsFirst()
    {
        Assert.True(FirstAlertRule.IsFirst(Jan, AlertLevel.Eleve, []));
        Assert.False(FirstAlertRule.IsFirst(Feb, AlertLevel.Eleve, [new(Jan, AlertLevel.Modere)]));
    }

    [Fact]
    public void IsFirst_EarlierAlertBeyondTheHorizon_IsFirstAgain()
    {
        var old = Mar.AddMonths(-FirstAlertRule.HorizonMonths - 1);
        var inside = Mar.AddMonths(-FirstAlertRule.HorizonMonths);
        Assert.True(FirstAlertRule.IsFirst(Mar, AlertLevel.Modere, [new(old, AlertLevel.Eleve)]));
        Assert.False(FirstAlertRule.IsFirst(Mar, AlertLevel.Modere, [new(inside, AlertLevel.Eleve)]));
    }

    [Fact]
    public void IsFirst_LaterOrSameListEntries_AreIgnored() =>
        Assert.True(FirstAlertRule.IsFirst(Feb, AlertLevel.Modere, [new(Feb, AlertLevel.Eleve), new(Mar, AlertLevel.Eleve), new(Jan, AlertLevel.PasDAlerte)]));
}
