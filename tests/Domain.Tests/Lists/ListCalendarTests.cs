using SignauxFaibles.Domain.Lists;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Tests.Lists;

public class ListCalendarTests
{
    [Fact]
    public void Crossed_ClockMovesOverTwoCutOffs_ReturnsBothOldestFirst() =>
        Assert.Equal([new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)], ListCalendar.Crossed(new DateOnly(2026, 1, 20), new DateOnly(2026, 3, 1)));

    [Fact]
    public void Crossed_WithinOneMonth_ReturnsNone() =>
        Assert.Empty(ListCalendar.Crossed(new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 31)));

    [Fact]
    public void Crossed_FromTheCutOffDayItself_DoesNotCountItAgain() =>
        Assert.Equal([new DateOnly(2026, 2, 1)], ListCalendar.Crossed(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1)));

    [Fact]
    public void Crossed_FirmUnknownBefore_ReturnsNone() =>
        Assert.Empty(ListCalendar.Crossed(null, new DateOnly(2026, 3, 1)));

    [Fact]
    public void Crossed_ClockGoesBack_ReturnsNone() =>
        Assert.Empty(ListCalendar.Crossed(new DateOnly(2026, 3, 5), new DateOnly(2026, 1, 5)));

    [Fact]
    public void IsBefore_DeliveryOnTheCutOffDay_BelongsToTheNextList()
    {
        Assert.True(ListCalendar.IsBefore(new DateOnly(2026, 1, 31), ListCalendar.DateOf(Month.Of(2026, 2))));
        Assert.False(ListCalendar.IsBefore(new DateOnly(2026, 2, 1), ListCalendar.DateOf(Month.Of(2026, 2))));
    }
}
