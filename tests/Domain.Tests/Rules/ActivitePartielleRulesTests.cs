using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Rules;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Rules;

public class ActivitePartielleRulesTests
{
    [Fact]
    public void Etp_OneFullTimeMonthOfHours_IsOne() => Assert.Equal(1.0, ActivitePartielleRules.Etp(151.67));

    [Fact]
    public void EtpAutorise_RequestAcrossTwoMonths_SpreadsItsHoursOverThem()
    {
        // 303.34 hours over August and September: 151.67 hours = 1 ETP in each.
        var h = FirmHistory.Build(Siren, [ApDemande("A", "2017-08-09", "2017-09-09", 303.34)]);

        Assert.Equal(0, ActivitePartielleRules.EtpAutorise(h.ApDemandes, M("2017-07")));
        Assert.Equal(1.0, ActivitePartielleRules.EtpAutorise(h.ApDemandes, M("2017-08")), 12);
        Assert.Equal(1.0, ActivitePartielleRules.EtpAutorise(h.ApDemandes, M("2017-09")), 12);
        Assert.Equal(0, ActivitePartielleRules.EtpAutorise(h.ApDemandes, M("2017-10")));
    }

    [Fact]
    public void HeuresAutorisees_RequestAcrossAYearEnd_SpreadsOverItsThreeMonths()
    {
        // 15 Nov 2020 to 14 Jan 2021 touches November, December and January: 1,365.03 / 3 = 455.01 hours
        // a month, 455.01 / 151.67 = 3 ETP; nothing in October or February.
        var h = FirmHistory.Build(Siren, [ApDemande("A", "2020-11-15", "2021-01-14", 1365.03)]);

        Assert.Equal(0, ActivitePartielleRules.HeuresAutorisees(h.ApDemandes, M("2020-10")));
        Assert.Equal(455.01, ActivitePartielleRules.HeuresAutorisees(h.ApDemandes, M("2020-11")), 9);
        Assert.Equal(455.01, ActivitePartielleRules.HeuresAutorisees(h.ApDemandes, M("2020-12")), 9);
        Assert.Equal(455.01, ActivitePartielleRules.HeuresAutorisees(h.ApDemandes, M("2021-01")), 9);
        Assert.Equal(0, ActivitePartielleRules.HeuresAutorisees(h.ApDemandes, M("2021-02")));
        Assert.Equal(3.0, ActivitePartielleRules.EtpAutorise(h.ApDemandes, M("2021-01")), 9);
    }

    [Fact]
    public void HeuresAutorisees_TwoYearEndRequestsOfTwoEstablishments_AddTheirMonthlyShares()
    {
        // A: Dec 2019 - Mar 2020, 1,200 h = 300 h/month; B: Jan - Feb 2020, 500 h = 250 h/month.
        var h = FirmHistory.Build(Siren, [
            ApDemande("A", "2019-12-01", "2020-03-31", 1200, etablissement: 1),
            ApDemande("B", "2020-01-10", "2020-02-20", 500, etablissement: 2),
        ]);

        Assert.Equal(300, ActivitePartielleRules.HeuresAutorisees(h.ApDemandes, M("2019-12")));
        Assert.Equal(550, ActivitePartielleRules.HeuresAutorisees(h.ApDemandes, M("2020-01")));
        Assert.Equal(550, ActivitePartielleRules.HeuresAutorisees(h.ApDemandes, M("2020-02")));
        Assert.Equal(300, ActivitePartielleRules.HeuresAutorisees(h.ApDemandes, M("2020-03")));
        Assert.Equal(0, ActivitePartielleRules.HeuresAutorisees(h.ApDemandes, M("2020-04")));
    }

    [Fact]
    public void HeuresAutorisees_OverlappingRequestsOfTwoEstablishments_AreSummed()
    {
        var h = FirmHistory.Build(Siren, [
            ApDemande("A", "2020-03-16", "2020-05-31", 1000, etablissement: 1),
            ApDemande("B", "2020-04-01", "2020-04-30", 250, etablissement: 2),
        ]);

        // A covers March, April and May: 1000 / 3 hours each; B only April.
        Assert.Equal(1000 / 3.0, ActivitePartielleRules.HeuresAutorisees(h.ApDemandes, M("2020-03")), 12);
        Assert.Equal(1000 / 3.0 + 250, ActivitePartielleRules.HeuresAutorisees(h.ApDemandes, M("2020-04")), 12);
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
