using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Formats.Urssaf;

namespace SignauxFaibles.Formats.Tests.Urssaf;

public class UrssafWritersTests
{
    private static readonly Debit Sample = new()
    {
        Siren = "000000000",
        Siret = "00000000000000",
        DeliveredOn = new DateOnly(2024, 1, 1),
        Compte = "111982477292496174",
        NumeroEcartNegatif = "659",
        NumeroHistorique = 9,
        DateTraitement = new DateOnly(1999, 5, 5),
        PeriodeDebut = Month.Of(2017, 2),
        PeriodeFin = Month.Of(2017, 3),
        PartOuvriere = 1959.07m,
        PartPatronale = 8644.97m,
        EtatCompte = 5,
        CodeProcedureCollective = "0",
        CodeOperationEcartNegatif = "3",
        CodeMotifEcartNegatif = "74",
    };

    [Fact]
    public void DebitWriter_Event_WritesTheCorpusLayout()
    {
        var text = new StringWriter();
        new DebitWriter(text).Write(Sample);

        var lines = text.ToString().Split('\n');
        Assert.Equal(File.ReadLines(RepositoryFiles.Conformance("parsing/urssaf/debitTestData.csv")).First(), lines[0]);
        Assert.Equal(";;111982477292496174;000000000;00000000000000;;5;0;201712;659;9;990505;195907;864497;3;74;0", lines[1]);
    }

    [Fact]
    public void DebitWriter_SubCentAmount_ThrowsAndLeavesNoPartialLine()
    {
        var text = new StringWriter();
        var writer = new DebitWriter(text);

        Assert.Throws<ArgumentException>(() => writer.Write(Sample with { PartOuvriere = 0.001m }));
        writer.Write(Sample);

        Assert.Equal(3, text.ToString().Split('\n').Length); // header, one line, final newline
    }

    [Fact]
    public void DebitWriter_UncodablePeriod_Throws()
    {
        var writer = new DebitWriter(new StringWriter());

        Assert.Throws<ArgumentException>(() => writer.Write(Sample with { PeriodeFin = Month.Of(2017, 4) }));
    }

    [Fact]
    public void EffectifWriter_MonthOutsideColumns_Throws()
    {
        var writer = new EffectifWriter(new StringWriter(), [Month.Of(2020, 1), Month.Of(2020, 2)]);
        var e = new EffectifEtablissement
        {
            Siren = "732829320",
            Siret = "73282932000074",
            DeliveredOn = new DateOnly(2024, 1, 1),
            Months = [new MonthlyHeadcount(Month.Of(2020, 3), 4)],
        };

        Assert.Throws<ArgumentException>(() => writer.Write(e));
    }

    [Fact]
    public void EffectifWriter_Header_HasOneColumnPerMonth()
    {
        var text = new StringWriter();
        _ = new EffectifWriter(text, [Month.Of(2020, 1), Month.Of(2020, 12)]);

        Assert.Equal("compte;siret;rais_soc;ape_ins;dep;eff202011;eff202043;base;UR_EMET\n", text.ToString());
    }

    [Fact]
    public void ProcolWriter_Event_WritesLabelAndSasDate()
    {
        var text = new StringWriter();
        new ProcolWriter(text).Write(new ProcedureCollective
        {
            Siren = "012345678",
            Siret = "01234567891011",
            DeliveredOn = new DateOnly(2024, 1, 1),
            DateEffet = new DateOnly(2014, 5, 26),
            Action = ProcolAction.Redressement,
            Stade = ProcolStade.SoldeProcedure,
        });

        Assert.Equal("01234567891011;012345678;26MAY2014;;Solde_procedure_redressement", text.ToString().Split('\n')[1]);
    }
}
