using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Rules;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Rules;

public class FinancialStatementRulesTests
{
    private static readonly FirmHistory History = FirmHistory.Build(Siren, [
        Bilan("2018-12-31", 100), Bilan("2019-12-31", 110), Bilan("2019-12-31", 999, source: "diane"), Bilan("2020-12-31", 120),
    ]);

    private static (decimal? Latest, decimal? Previous) Select(string month)
    {
        var s = FinancialStatementRules.Select(History.Statements, M(month));
        var statements = History.Statements;
        return (s.HasLatest ? (decimal)statements[s.Latest].Figures.ChiffreAffaires : null,
            s.HasPrevious ? (decimal)statements[s.Previous].Figures.ChiffreAffaires : null);
    }

    [Fact]
    public void Select_MonthOfAClosing_TakesItAndTheOneBefore() => Assert.Equal((120m, 110m), Select("2020-12"));

    [Fact]
    public void Select_SameYearFromTwoProviders_PrefersBanqueDeFrance() => Assert.Equal((110m, 100m), Select("2020-11"));

    [Fact]
    public void Select_MoreThan21MonthsAfterTheLastClosing_HasNoStatement()
    {
        Assert.Equal((120m, 110m), Select("2022-09"));
        Assert.Equal((null, null), Select("2022-10"));
    }

    [Fact]
    public void Select_BeforeAnyClosing_HasNoStatement() => Assert.Equal((null, null), Select("2018-11"));
}
