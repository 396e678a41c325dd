using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Reference;
using SignauxFaibles.ReadModel;

namespace SignauxFaibles.ReadModel.Bench;

/// <summary>
/// Deterministic synthetic firms (seeded): a realistic mix for the list query (about 5 % élevé, 10 % modéré,
/// 4 % in procédure, headcounts from 1 to a few thousand, 1-3 départements, NAF codes across sections).
/// </summary>
internal static class SyntheticFirms
{
    private static readonly string[] Naf = ["10.71C", "25.62B", "41.20A", "43.21A", "45.20A", "46.90Z", "47.11A", "49.41A", "52.29A", "56.10A", "62.01Z", "64.20Z", "68.20B", "70.22Z", "71.12B", "81.21Z", "86.23Z", "93.12Z", "28.29B", "33.12Z"];
    private static readonly string[] Words = ["Atelier", "Boulangerie", "Transports", "Mécanique", "Bâtiment", "Conseil", "Services", "Industrie", "Logistique", "Restauration", "Négoce", "Électricité"];
    private static readonly string[] Places = ["du Nord", "de Provence", "Lyonnaise", "Bretonne", "de l'Est", "Parisienne", "Alsacienne", "Normande", "du Rhône", "Occitane"];

    public static FirmRowUpdate Firm(int index, int sequence, DateOnly asOf, int seed)
    {
        var rng = new Random(HashCode.Combine(seed, index, sequence));
        var stable = new Random(HashCode.Combine(seed, index));
        var deps = Departements.All;
        var siege = deps[stable.Next(deps.Count)].Code;
        var zone = new[] { siege, deps[stable.Next(deps.Count)].Code, deps[stable.Next(deps.Count)].Code }.Take(1 + stable.Next(3)).Distinct().ToArray();
        var roll = rng.NextDouble();
        var level = roll < 0.05 ? AlertLevel.Eleve : roll < 0.15 ? AlertLevel.Modere : roll < 0.97 ? AlertLevel.PasDAlerte : AlertLevel.HorsPerimetre;
        var score = level switch
        {
            AlertLevel.Eleve => 0.30 + 0.7 * rng.NextDouble(),
            AlertLevel.Modere => 0.12 + 0.18 * rng.NextDouble(),
            AlertLevel.PasDAlerte => 0.12 * rng.NextDouble(),
            _ => (double?)null,
        };
        var p = stable.NextDouble();
        var procedure = p < 0.96 ? ProcedureCodes.InBonis : p < 0.97 ? ProcedureCodes.PlanContinuation : p < 0.98 ? ProcedureCodes.Redressement : ProcedureCodes.Liquidation;
        return new FirmRowUpdate
        {
            Siren = (100_000_000 + index).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Sequence = sequence,
            AsOf = asOf,
            Level = level,
            Score = score,
            ModelVersion = "bench-1",
            RaisonSociale = $"{Words[stable.Next(Words.Length)]} {Places[stable.Next(Places.Length)]} {index}",
            Departement = siege,
            Departements = [.. zone],
            Naf = Naf[stable.Next(Naf.Length)],
            Procedure = procedure,
            DetteUrssafEnHausse = rng.NextDouble() < 0.2,
            ActivitePartielleRecente = rng.NextDouble() < 0.1,
            DelaiUrssafEnCours = rng.NextDouble() < 0.05,
            Effectif = Math.Round(Math.Exp(1 + 2.2 * stable.NextDouble() + rng.NextDouble())),
            ChiffreAffaires = Math.Round(100_000 * Math.Exp(4 * stable.NextDouble())),
            ChiffreAffairesVariation = rng.NextDouble() * 0.4 - 0.2,
            ResultatExploitation = Math.Round(200_000 * (rng.NextDouble() - 0.3)),
            ExcedentBrutExploitation = Math.Round(300_000 * (rng.NextDouble() - 0.2)),
            DateCreation = new DateOnly(1980 + stable.Next(45), 1 + stable.Next(12), 1),
            Explanation = [new ExplanationItem("ratio_dette", "dette_sociale", 0.1 * rng.NextDouble())],
        };
    }
}
