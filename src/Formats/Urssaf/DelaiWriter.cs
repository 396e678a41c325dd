using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// Writes délais in the URSSAF native layout <see cref="DelaiReader"/> reads (<c>dd/MM/yyyy</c> dates,
/// EUR amount with a decimal point, absent values as empty cells). Urssaf_gestion and Dep are left empty.
/// </summary>
public sealed class DelaiWriter : IPartnerFileWriter<Delai>
{
    private readonly DelimitedLineWriter line;

    public DelaiWriter(TextWriter writer)
    {
        line = new DelimitedLineWriter(writer);
        line.WriteLine(DelaiColumns.All);
    }

    public void Write(Delai e)
    {
        ArgumentNullException.ThrowIfNull(e);
        line.Empty();
        line.Empty();
        line.Field(e.Siret);
        line.Field(e.Compte);
        line.Field(e.NumeroContentieux);
        DayMonthYear(e.DateCreation);
        DayMonthYear(e.DateEcheance);
        line.Field(e.DureeDelai);
        line.Field(e.Denomination);
        line.Field(e.Indic6M);
        if (e.AnneeCreation is { } annee)
        {
            line.Field(annee);
        }
        else
        {
            line.Empty();
        }

        line.Field(e.MontantEcheancier);
        line.Field(e.Stade);
        line.Field(e.Action);
        line.EndLine();
    }

    private void DayMonthYear(DateOnly date) => line.Commit(DateText.FormatDayMonthYear(date, line.Reserve(10)));
}
