using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// Writes cotisations in the URSSAF native layout <see cref="CotisationReader"/> reads (<c>AAAAXY</c>
/// periods, EUR amounts with a decimal point). Urssaf_gestion, Dep and mer are left empty.
/// </summary>
public sealed class CotisationWriter : IPartnerFileWriter<Cotisation>
{
    private readonly DelimitedLineWriter line;

    public CotisationWriter(TextWriter writer)
    {
        line = new DelimitedLineWriter(writer);
        line.WriteLine(CotisationColumns.All);
    }

    public void Write(Cotisation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        line.Empty();
        line.Empty();
        line.Field(e.Siret);
        line.Field(e.Compte);
        line.Period(e.PeriodeDebut, e.PeriodeFin, nameof(e.PeriodeDebut));
        line.Empty();
        line.Field(e.Encaisse);
        line.Field(e.Du);
        line.EndLine();
    }
}
