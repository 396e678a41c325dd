using SignauxFaibles.Domain.Events;
using static SignauxFaibles.Formats.Core.NamedColumns.DelimitedFieldText;

namespace SignauxFaibles.Formats.Financial;

/// <summary>
/// Writes financial statements in our exchange format (docs/formats/etats-financiers.md) that
/// <see cref="EtatsFinanciersReader"/> reads: header on construction, ';' separated, LF line ends,
/// amounts in invariant culture with their scale as given, missing figures as empty cells.
/// </summary>
public sealed class EtatsFinanciersWriter
{
    private readonly TextWriter output;

    public EtatsFinanciersWriter(TextWriter output)
    {
        this.output = output;
        output.Write(string.Join(';', EtatsFinanciersReader.ColumnNames));
        output.Write('\n');
    }

    public void Write(EtatsFinanciers e)
    {
        string[] fields =
        [
            Escaped(e.Siren, ';'),
            Date(e.DateCloture),
            Number(e.DureeExerciceMois),
            Escaped(e.Source, ';'),
            Number(e.ChiffreAffaires),
            Number(e.ExcedentBrutExploitation),
            Number(e.ResultatExploitation),
            Number(e.ValeurAjoutee),
            Number(e.ChargesPersonnel),
            Number(e.CapitauxPropres),
            Number(e.Dettes),
            Number(e.BesoinFondsRoulement),
            Number(e.Tresorerie),
            Number(e.FraisFinanciers),
            Number(e.CapaciteAutofinancement),
            Number(e.DettesFinancieres),
            Number(e.DettesFournisseurs),
            Number(e.CreancesClients),
            Number(e.Achats),
            Number(e.ActifCirculant),
            Number(e.DettesCourtTerme),
            Number(e.TotalBilan),
            Number(e.FondsRoulementNetGlobal),
            Number(e.ResultatNet),
            Number(e.Effectif),
        ];
        output.Write(string.Join(';', fields));
        output.Write('\n');
    }
}
