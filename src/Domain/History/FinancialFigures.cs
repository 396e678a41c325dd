using Orleans;
using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// The figures of a financial statement the ratios need, in EUR as doubles (<see cref="double.NaN"/> when
/// missing). Kept as doubles because they only feed features, which are doubles; the conversion from the
/// event's decimals is exact enough and deterministic.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.FinancialFigures.v1")]
public readonly record struct FinancialFigures
{
    [Id(0)] public double ChiffreAffaires { get; init; }
    [Id(1)] public double ExcedentBrutExploitation { get; init; }
    [Id(2)] public double ResultatExploitation { get; init; }
    [Id(3)] public double ValeurAjoutee { get; init; }
    [Id(4)] public double ChargesPersonnel { get; init; }
    [Id(5)] public double CapitauxPropres { get; init; }
    [Id(6)] public double Dettes { get; init; }
    [Id(7)] public double BesoinFondsRoulement { get; init; }
    [Id(8)] public double Tresorerie { get; init; }
    [Id(9)] public double FraisFinanciers { get; init; }
    [Id(10)] public double CapaciteAutofinancement { get; init; }
    [Id(11)] public double DettesFinancieres { get; init; }
    [Id(12)] public double DettesFournisseurs { get; init; }
    [Id(13)] public double CreancesClients { get; init; }
    [Id(14)] public double Achats { get; init; }
    [Id(15)] public double ActifCirculant { get; init; }
    [Id(16)] public double DettesCourtTerme { get; init; }
    [Id(17)] public double TotalBilan { get; init; }
    [Id(18)] public double FondsRoulementNetGlobal { get; init; }
    [Id(19)] public double ResultatNet { get; init; }
    [Id(20)] public double Effectif { get; init; }
    [Id(21)] public double Stocks { get; init; }
    [Id(22)] public double Disponibilites { get; init; }
    [Id(23)] public double Investissements { get; init; }
    [Id(24)] public double CapitalSocial { get; init; }

    public static FinancialFigures From(EtatsFinanciers e) => new()
    {
        ChiffreAffaires = D(e.ChiffreAffaires),
        ExcedentBrutExploitation = D(e.ExcedentBrutExploitation),
        ResultatExploitation = D(e.ResultatExploitation),
        ValeurAjoutee = D(e.ValeurAjoutee),
        ChargesPersonnel = D(e.ChargesPersonnel),
        CapitauxPropres = D(e.CapitauxPropres),
        Dettes = D(e.Dettes),
        BesoinFondsRoulement = D(e.BesoinFondsRoulement),
        Tresorerie = D(e.Tresorerie),
        FraisFinanciers = D(e.FraisFinanciers),
        CapaciteAutofinancement = D(e.CapaciteAutofinancement),
        DettesFinancieres = D(e.DettesFinancieres),
        DettesFournisseurs = D(e.DettesFournisseurs),
        CreancesClients = D(e.CreancesClients),
        Achats = D(e.Achats),
        ActifCirculant = D(e.ActifCirculant),
        DettesCourtTerme = D(e.DettesCourtTerme),
        TotalBilan = D(e.TotalBilan),
        FondsRoulementNetGlobal = D(e.FondsRoulementNetGlobal),
        ResultatNet = D(e.ResultatNet),
        Effectif = e.Effectif is { } n ? n : double.NaN,
        Stocks = D(e.Stocks),
        Disponibilites = D(e.Disponibilites),
        Investissements = D(e.Investissements),
        CapitalSocial = D(e.CapitalSocial),
    };

    /// <summary>Bitwise total order over every figure (ties between same-day versions only).</summary>
    public static int Compare(in FinancialFigures a, in FinancialFigures b)
    {
        ReadOnlySpan<double> x = [a.ChiffreAffaires, a.ExcedentBrutExploitation, a.ResultatExploitation, a.ValeurAjoutee,
            a.ChargesPersonnel, a.CapitauxPropres, a.Dettes, a.BesoinFondsRoulement, a.Tresorerie, a.FraisFinanciers,
            a.CapaciteAutofinancement, a.DettesFinancieres, a.DettesFournisseurs, a.CreancesClients, a.Achats,
            a.ActifCirculant, a.DettesCourtTerme, a.TotalBilan, a.FondsRoulementNetGlobal, a.ResultatNet, a.Effectif,
            a.Stocks, a.Disponibilites, a.Investissements, a.CapitalSocial];
        ReadOnlySpan<double> y = [b.ChiffreAffaires, b.ExcedentBrutExploitation, b.ResultatExploitation, b.ValeurAjoutee,
            b.ChargesPersonnel, b.CapitauxPropres, b.Dettes, b.BesoinFondsRoulement, b.Tresorerie, b.FraisFinanciers,
            b.CapaciteAutofinancement, b.DettesFinancieres, b.DettesFournisseurs, b.CreancesClients, b.Achats,
            b.ActifCirculant, b.DettesCourtTerme, b.TotalBilan, b.FondsRoulementNetGlobal, b.ResultatNet, b.Effectif,
            b.Stocks, b.Disponibilites, b.Investissements, b.CapitalSocial];
        for (var i = 0; i < x.Length; i++)
        {
            var c = FactOrder.Compare(x[i], y[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    private static double D(decimal? value) => value is { } v ? (double)v : double.NaN;
}
