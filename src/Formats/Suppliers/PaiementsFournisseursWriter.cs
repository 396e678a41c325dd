using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Suppliers;

/// <summary>
/// Writes supplier payment behaviour in the format <see cref="PaiementsFournisseursReader"/> reads
/// (docs/formats/paiements-fournisseurs.md): header on construction, ';' separated, LF line ends, numbers in
/// invariant culture with their scale as given.
/// </summary>
public sealed class PaiementsFournisseursWriter(TextWriter output)
    : DelimitedPartnerWriter<PaiementsFournisseurs>(new DelimitedLineWriter(output, PaiementsFournisseursReader.FileDialect), PaiementsFournisseursColumns.All)
{
    protected override void WriteFields(PaiementsFournisseurs e)
    {
        Line.Field(e.Siren);
        Line.Field(e.Mois.ToString());
        Line.Field(e.NombreFactures);
        Line.Field(e.MontantFactures);
        Line.Field(e.RetardMoyenJours);
        Line.Field(e.Fpi30);
        Line.Field(e.Fpi90);
        Line.Field(e.MontantRetard30);
        Line.Field(e.MontantRetard90);
    }
}
