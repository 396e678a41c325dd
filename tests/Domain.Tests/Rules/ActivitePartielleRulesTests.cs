using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Rules;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Rules;

public class ActivitePartielleRulesTests
{
    [Fact]
    public void Etp_OneFullTimeMonthOfHours_IsOne() => Assert.Equal(1.0, ActivitePartielleRules.Etp(151.67));

    [Fact]
    public void EtpAutorise_RequestAcrossTwoMonths_CountsItsHoursInEachMonth()
    {
        var h = FirmHistory.Build(Siren, [ApDemande("A", "2017-08-09", "2017-09-09", 303.34)]);

        Assert.Equal(0, ActivitePartielleRules.EtpAutorise(h.ApDemandes, M("2017-07")));
        Assert.Equal(303.34 / 151.67, ActivitePartielleRules.EtpAutorise(h.ApDemandes, M("2017-08")));
        Assert.Equal(303.34 / 151.67, ActivitePartielleRules.EtpAutorise(h.ApDemandes, M("2017-09")));
        Assert.Equal(0, ActivitePartielleRules.EtpAutorise(h.ApDemandes, M("2017-10")));
    }

    [Fact]
    public void HeuresAutorisees_OverlappingRequestsOfTwoEstablishments_AreSummed()
    {
        var h = FirmHistory.Build(Siren, [
            ApDemande("A", "2020-03-16", "2020-05-31", 1000, etablissement: 1),
            ApDemande("B", "2020-04-01", "2020-04-30", 250, etablissement: 2),
        ]);

        Assert.Equal(1000, ActivitePartielleRules.HeuresAutorisees(h.ApDemandes, M("2020-03")));
        Assert.Equal(1250, ActivitePartielleRules.HeuresAutorisees(h.ApDemandes, M("2020-04")));
    }

    [Fact]
    public void EtpConsomme_ConsumptionsOfTheMonth_AreConvertedAndSummed()
    {
        var h = FirmHistory.Build(Siren, [
            ApConsommation("A", "2020-04", 151.67),
            ApConsommation("B", "2020-04", 303.34, etablissement: 2),
            ApConsommation("A", "2020-05", 10),
        ]);

        Assert.Equal(3.0, ActivitePartielleRules.EtpConsomme(h.ApConsommations, M("2020-04")));
        var heures = new double[3];
        ActivitePartielleRules.FillHeuresConsommees(h.ApConsommations, M("2020-03"), heures);
        Assert.Equal([0, 151.67 + 303.34, 10], heures);
    }

    [Fact]
    public void AnyRequest_WindowTouchingTheRequest_IsTrue()
    {
        var h = FirmHistory.Build(Siren, [ApDemande("A", "2020-03-16", "2020-05-31", 10)]);

        Assert.True(ActivitePartielleRules.AnyRequest(h.ApDemandes, M("2020-05"), M("2021-04")));
        Assert.False(ActivitePartielleRules.AnyRequest(h.ApDemandes, M("2020-06"), M("2021-05")));
    }
}
