using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// Writes débits in the URSSAF native layout <see cref="DebitReader"/> reads: all the partner's columns,
/// amounts in cents, <c>AAAAXY</c> periods, year-1900 dates, <c>Recours_en_cours</c> as 1/0. Columns the
/// event does not carry (Urssaf_gestion, Dep, Dt_immat) are left empty.
/// </summary>
public sealed class DebitWriter(TextWriter writer) : DelimitedPartnerWriter<Debit>(new DelimitedLineWriter(writer), DebitColumns.All)
{
    protected override void WriteFields(Debit e)
    {
        Line.Empty();
        Line.Empty();
        Line.Field(e.Compte);
        Line.Field(e.Siren);
        Line.Field(e.Siret);
        Line.Empty();
        Line.Field(e.EtatCompte);
        Line.Field(e.CodeProcedureCollective);
        Line.Period(e.PeriodeDebut, e.PeriodeFin, nameof(e.PeriodeDebut));
        Line.Field(e.NumeroEcartNegatif);
        Line.Field(e.NumeroHistorique);
        Line.UrssafDate(e.DateTraitement, nameof(e.DateTraitement));
        Line.Cents(e.PartOuvriere, nameof(e.PartOuvriere));
        Line.Cents(e.PartPatronale, nameof(e.PartPatronale));
        Line.Field(e.CodeOperationEcartNegatif);
        Line.Field(e.CodeMotifEcartNegatif);
        Line.Field(e.RecoursEnCours ? "1" : "0");
    }
}
