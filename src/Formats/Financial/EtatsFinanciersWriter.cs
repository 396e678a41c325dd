using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Financial;

/// <summary>
/// Writes financial statements in our exchange format (docs/formats/etats-financiers.md) that
/// <see cref="EtatsFinanciersReader"/> reads: header on construction, ';' separated, LF line ends,
/// amounts in invariant culture with their scale as given, missing figures as empty cells.
/// </summary>
public sealed class EtatsFinanciersWriter(TextWriter output)
    : DelimitedPartnerWriter<EtatsFinanciers>(new DelimitedLineWriter(output, EtatsFinanciersReader.FileDialect), EtatsFinanciersColumns.All)
{
    protected override void WriteFields(EtatsFinanciers e)
    {
        Line.Field(e.Siren);
        Line.IsoDate(e.DateCloture);
        Line.Field(e.DureeExerciceMois);
        Line.Field(e.Source);
        Line.Field(e.ChiffreAffaires);
        Line.Field(e.ExcedentBrutExploitation);
        Line.Field(e.ResultatExploitation);
        Line.Field(e.ValeurAjoutee);
        Line.Field(e.ChargesPersonnel);
        Line.Field(e.CapitauxPropres);
        Line.Field(e.Dettes);
        Line.Field(e.BesoinFondsRoulement);
        Line.Field(e.Tresorerie);
        Line.Field(e.FraisFinanciers);
        Line.Field(e.CapaciteAutofinancement);
        Line.Field(e.DettesFinancieres);
        Line.Field(e.DettesFournisseurs);
        Line.Field(e.CreancesClients);
        Line.Field(e.Achats);
        Line.Field(e.ActifCirculant);
        Line.Field(e.DettesCourtTerme);
        Line.Field(e.TotalBilan);
        Line.Field(e.FondsRoulementNetGlobal);
        Line.Field(e.ResultatNet);
        Line.Field(e.Effectif);
        Line.Field(e.Stocks);
        Line.Field(e.Disponibilites);
        Line.Field(e.Investissements);
        Line.Field(e.CapitalSocial);
    }
}
