using SignauxFaibles.Domain.Events;
using static SignauxFaibles.Formats.Core.NamedColumns.DelimitedFieldText;

namespace SignauxFaibles.Formats.Dgefp;

/// <summary>
/// Writes activité partielle consumptions in the DGEFP export layout that <see cref="ApConsommationReader"/>
/// reads: ',' separated, text quoted, <c>MOIS</c> as the first day of the month. Header on construction.
/// </summary>
public sealed class ApConsommationWriter
{
    private const string Header = "\"ID_DA\",\"ETAB_SIRET\",\"HEURES\",\"MONTANTS\",\"EFFECTIFS\",\"MOIS\"";

    private readonly TextWriter output;

    public ApConsommationWriter(TextWriter output)
    {
        this.output = output;
        output.Write(Header);
        output.Write('\n');
    }

    public void Write(ApConsommation e)
    {
        string[] fields =
        [
            Quoted(e.IdDemande),
            Quoted(e.Siret),
            FloatStyle(e.HeuresConsommees),
            FloatStyle(e.Montant),
            FloatStyle(e.Effectif),
            Quoted(Date(e.Mois.FirstDay)),
        ];
        output.Write(string.Join(',', fields));
        output.Write('\n');
    }
}
