using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// Writes débits in the URSSAF native layout <see cref="DebitReader"/> reads: all the partner's columns,
/// amounts in cents, <c>AAAAXY</c> periods, year-1900 dates, <c>Recours_en_cours</c> as 1/0. Columns the
/// event does not carry (Urssaf_gestion, Dep, Dt_immat) are left empty.
/// </summary>
public sealed class DebitWriter : IPartnerFileWriter<Debit>
{
    private readonly DelimitedLineWriter line;

    public DebitWriter(TextWriter writer)
    {
        line = new DelimitedLineWriter(writer);
        line.WriteLine(DebitColumns.All);
    }

    public void Write(Debit e)
    {
        ArgumentNullException.ThrowIfNull(e);
        line.Empty();
        line.Empty();
        line.Field(e.Compte);
        line.Field(e.Siren);
        line.Field(e.Siret);
        line.Empty();
        line.Field(e.EtatCompte);
        line.Field(e.CodeProcedureCollective);
        line.Period(e.PeriodeDebut, e.PeriodeFin, nameof(e.PeriodeDebut));
        line.Field(e.NumeroEcartNegatif);
        line.Field(e.NumeroHistorique);
        line.UrssafDate(e.DateTraitement, nameof(e.DateTraitement));
        line.Cents(e.PartOuvriere, nameof(e.PartOuvriere));
        line.Cents(e.PartPatronale, nameof(e.PartPatronale));
        line.Field(e.CodeOperationEcartNegatif);
        line.Field(e.CodeMotifEcartNegatif);
        line.Field(e.RecoursEnCours ? "1" : "0");
        line.EndLine();
    }
}
