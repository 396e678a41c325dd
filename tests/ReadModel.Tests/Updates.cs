using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.ReadModel.Tests;

/// <summary>Firm updates for the tests: a healthy in-bonis firm of 20 employees in the Rhône unless told otherwise.</summary>
internal static class Updates
{
    public static FirmRowUpdate Firm(string siren, int sequence, DateOnly asOf, AlertLevel level, double? score = null) => new()
    {
        Siren = siren,
        Sequence = sequence,
        AsOf = asOf,
        Level = level,
        Score = score ?? level switch
        {
            AlertLevel.Eleve => 0.5,
            AlertLevel.Modere => 0.2,
            AlertLevel.PasDAlerte => 0.02,
            _ => null,
        },
        ModelVersion = level == AlertLevel.HorsPerimetre ? null : "test-1",
        RaisonSociale = "Entreprise " + siren,
        Departement = "69",
        Departements = ["69"],
        Naf = "25.62B",
        Effectif = 20,
        ChiffreAffaires = 2_000_000,
        ChiffreAffairesVariation = -0.08,
        ResultatExploitation = -50_000,
        ExcedentBrutExploitation = 10_000,
        DateCreation = new DateOnly(2010, 5, 1),
        Explanation = [new ExplanationItem("ratio_dette", "dette_sociale", 0.12)],
    };

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
