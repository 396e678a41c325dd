using SignauxFaibles.Domain.Rules;
using SignauxFaibles.Domain.Time;
using static SignauxFaibles.Domain.Tests.Conformance.GoldenTable;

namespace SignauxFaibles.Domain.Tests.Conformance;

/// <summary>Procédure state against the original <c>clean_procol</c> and <c>clean_procol_at_date</c> views.</summary>
public class ProcedureConformanceTests
{
    [Fact]
    public void Judgments_AdministrativeClosuresOnly_AreNotKeptLikeCleanProcol()
    {
        var procedures = GoldenEvents.Procedures();
        Assert.NotEmpty(procedures);
        Assert.Empty(Export("clean_procol").Rows);
        foreach (var history in Histories.Of(procedures).Values)
        {
            Assert.True(history.Procedures.IsEmpty);
        }
    }

    [Fact]
    public void StateAt_EveryMonthOfTheCorpus_IsInBonisLikeCleanProcolAtDate()
    {
        Assert.Empty(Export("clean_procol_at_date").Rows);
        foreach (var history in Histories.Of(GoldenEvents.Procedures()).Values)
        {
            foreach (var m in Month.Range(Month.Of(2014, 1), Month.Of(2021, 1)))
            {
                Assert.Equal(ProcedureState.InBonis, ProcedureRules.StateAt(history.Procedures, m.FirstDay));
            }
        }
    }
}
