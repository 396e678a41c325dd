using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// Writes délais in the URSSAF native layout <see cref="DelaiReader"/> reads (<c>dd/MM/yyyy</c> dates,
/// EUR amount with a decimal point, absent values as empty cells). Urssaf_gestion and Dep are left empty.
/// </summary>
public sealed class DelaiWriter(TextWriter writer) : DelimitedPartnerWriter<Delai>(new DelimitedLineWriter(writer), DelaiColumns.All)
{
    protected override void WriteFields(Delai e)
    {
        Line.Empty();
        Line.Empty();
        Line.Field(e.Siret);
        Line.Field(e.Compte);
        Line.Field(e.NumeroContentieux);
        DayMonthYear(e.DateCreation);
        DayMonthYear(e.DateEcheance);
        Line.Field(e.DureeDelai);
        Line.Field(e.Denomination);
        Line.Field(e.Indic6M);
        Line.Field(e.AnneeCreation);
        Line.Field(e.MontantEcheancier);
        Line.Field(e.Stade);
        Line.Field(e.Action);
    }

    private void DayMonthYear(DateOnly date) => Line.Commit(DateText.FormatDayMonthYear(date, Line.Reserve(10)));
}
