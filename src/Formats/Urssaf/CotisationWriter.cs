using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// Writes cotisations in the URSSAF native layout <see cref="CotisationReader"/> reads (<c>AAAAXY</c>
/// periods, EUR amounts with a decimal point). Urssaf_gestion, Dep and mer are left empty.
/// </summary>
public sealed class CotisationWriter(TextWriter writer) : DelimitedPartnerWriter<Cotisation>(new DelimitedLineWriter(writer), CotisationColumns.All)
{
    protected override void WriteFields(Cotisation e)
    {
        Line.Empty();
        Line.Empty();
        Line.Field(e.Siret);
        Line.Field(e.Compte);
        Line.Period(e.PeriodeDebut, e.PeriodeFin, nameof(e.PeriodeDebut));
        Line.Empty();
        Line.Field(e.Encaisse);
        Line.Field(e.Du);
    }
}
