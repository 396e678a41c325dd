using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Financial;

/// <summary>
/// Writes financial statements in our exchange format (docs/formats/etats-financiers.md) that
/// <see cref="EtatsFinanciersReader"/> reads: header on construction, ';' separated, LF line ends,
/// amounts in invariant culture with their scale as given, missing figures as empty cells.
/// </summary>
public sealed class EtatsFinanciersWriter : IPartnerFileWriter<EtatsFinanciers>
{
    private readonly DelimitedLineWriter line;

    public EtatsFinanciersWriter(TextWriter output)
    {
        line = new DelimitedLineWriter(output, EtatsFinanciersReader.FileDialect);
        line.WriteLine(EtatsFinanciersColumns.All);
    }

    public void Write(EtatsFinanciers e)
    {
        ArgumentNullException.ThrowIfNull(e);
        line.Field(e.Siren);
        line.IsoDate(e.DateCloture);
        line.Field(e.DureeExerciceMois);
        line.Field(e.Source);
        line.Field(e.ChiffreAffaires);
        line.Field(e.ExcedentBrutExploitation);
        line.Field(e.ResultatExploitation);
        line.Field(e.ValeurAjoutee);
        line.Field(e.ChargesPersonnel);
        line.Field(e.CapitauxPropres);
        line.Field(e.Dettes);
        line.Field(e.BesoinFondsRoulement);
        line.Field(e.Tresorerie);
        line.Field(e.FraisFinanciers);
        line.Field(e.CapaciteAutofinancement);
        line.Field(e.DettesFinancieres);
        line.Field(e.DettesFournisseurs);
        line.Field(e.CreancesClients);
        line.Field(e.Achats);
        line.Field(e.ActifCirculant);
        line.Field(e.DettesCourtTerme);
        line.Field(e.TotalBilan);
        line.Field(e.FondsRoulementNetGlobal);
        line.Field(e.ResultatNet);
        line.Field(e.Effectif);
        line.EndLine();
    }
}
