using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>Writes CCSF events in the URSSAF native layout <see cref="CcsfReader"/> reads (year-1900 dates).</summary>
public sealed class CcsfWriter : IPartnerFileWriter<Ccsf>
{
    private readonly DelimitedLineWriter line;

    public CcsfWriter(TextWriter writer)
    {
        line = new DelimitedLineWriter(writer);
        line.WriteLine(CcsfColumns.All);
    }

    public void Write(Ccsf e)
    {
        ArgumentNullException.ThrowIfNull(e);
        line.Empty();
        line.Empty();
        line.Field(e.Siret);
        line.Field(e.Compte);
        line.UrssafDate(e.DateTraitement, nameof(e.DateTraitement));
        line.Field(e.Stade);
        line.Field(e.Action);
        line.EndLine();
    }
}
