using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Tests.Support;
using SignauxFaibles.Formats.Urssaf;

namespace SignauxFaibles.Formats.Tests.Urssaf;

public class UrssafSmallReadersTests
{
    [Fact]
    public void CotisationReader_CommaDecimalsAndBlankEncaisse_AreRead()
    {
        var text = "Urssaf_gestion;Dep;Siret;Compte;periode;mer;enc_direct;cotis_due\n1;75;73282932000074;42;201620;;;1234,50\n";

        var (results, _) = ReadAll.Text(new CotisationReader(), text, ValidationOptions.Strict);

        var c = Assert.IsType<Cotisation>(Assert.Single(results).Event);
        Assert.Equal(1234.50m, c.Du);
        Assert.Equal(0m, c.Encaisse);
        Assert.Equal(new MonthRange(Month.Of(2016, 4), Month.Of(2016, 7)), new MonthRange(c.PeriodeDebut, c.PeriodeFin));
    }

    [Fact]
    public void CotisationReader_BlankAmountDue_IsMissingField()
    {
        var text = "Siret;Compte;periode;enc_direct;cotis_due\n73282932000074;42;201620;5;\n";

        var (results, _) = ReadAll.Text(new CotisationReader(), text, ValidationOptions.Strict);

        Assert.Equal(RejectCode.MissingField, Assert.Single(Assert.Single(results).Rejects).Code);
    }

    [Theory]
    [InlineData("31/02/2019", RejectCode.InvalidDate)]
    [InlineData("2019-01-23", RejectCode.InvalidDate)]
    [InlineData("", RejectCode.MissingField)]
    public void DelaiReader_BadCreationDate_IsRejected(string date, RejectCode expected)
    {
        var text = "Siret;Numero_compte_externe;Numero_structure;Date_creation;Date_echeance;Duree_delai;Denomination_premiere_ligne;Indic_6M;Annee_creation;Montant_global_echeancier;Code_externe_stade;Code_externe_action\n"
                 + $"73282932000074;42;99;{date};31/01/2019;127;;;;29140,29;;\n";

        var (results, _) = ReadAll.Text(new DelaiReader(), text, ValidationOptions.Strict);

        Assert.Equal(expected, Assert.Single(Assert.Single(results).Rejects).Code);
    }

    [Fact]
    public void DelaiReader_BlankDescriptiveFields_AreNull()
    {
        var text = "Siret;Numero_compte_externe;Numero_structure;Date_creation;Date_echeance;Duree_delai;Denomination_premiere_ligne;Indic_6M;Annee_creation;Montant_global_echeancier;Code_externe_stade;Code_externe_action\n"
                 + "73282932000074;42;99;23/01/2019;31/01/2019;127;;;;29140,29;;\n";

        var (results, _) = ReadAll.Text(new DelaiReader(), text, ValidationOptions.Strict);

        var d = Assert.IsType<Delai>(Assert.Single(results).Event);
        Assert.Equal((null, null, null, null, null), (d.Denomination, d.Indic6M, d.AnneeCreation, d.Stade, d.Action));
        Assert.Equal(29140.29m, d.MontantEcheancier);
    }

    [Fact]
    public void CcsfReader_UnknownStage_IsRejectedByValidation()
    {
        var text = "Siret;Compte;Date_de_traitement;Code_externe_stade;Code_externe_action\n73282932000074;42;1180130;PEUTETRE;CCSF\n";

        var (results, _) = ReadAll.Text(new CcsfReader(), text, ValidationOptions.Strict);

        Assert.Equal(RejectCode.UnknownCode, Assert.Single(Assert.Single(results).Rejects).Code);
    }
}
