using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.ReadModel.Kafka.Tests;

/// <summary>Score changes as a silo's firms publish them: each firm's in sequence, a month apart, levels moving.</summary>
internal static class ScoreChanges
{
    private static readonly AlertLevel[] Levels = [AlertLevel.PasDAlerte, AlertLevel.Modere, AlertLevel.Eleve, AlertLevel.Modere];

    /// <summary>Sequences <paramref name="from"/> up to <paramref name="to"/> (excluded) of firms <c>0..firms-1</c>, firm by firm interleaved.</summary>
    public static IReadOnlyList<ScoreChange> Of(int firms, int from, int to) =>
        [.. Enumerable.Range(from, to - from).SelectMany(sequence => Enumerable.Range(0, firms).Select(firm => Change(Siren(firm), sequence, firm)))];

    public static string Siren(int firm) => (100_000_000 + (firm * 7919)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The change of sequence <paramref name="sequence"/>: delivered on 2026-01-05 plus 3 days per sequence (so no
    /// list cut-off is crossed before a test's own late change), level cycling with the firm.
    /// </summary>
    public static ScoreChange Change(string siren, int sequence, int firm, DateOnly? asOf = null)
    {
        var level = Levels[(sequence + firm) % Levels.Length];
        var score = level switch { AlertLevel.Eleve => 0.5, AlertLevel.Modere => 0.2, _ => 0.02 } + (firm / 1000.0);
        var date = asOf ?? new DateOnly(2026, 1, 5).AddDays(3 * sequence);
        var month = Month.From(date).Previous;
        return new ScoreChange
        {
            Id = ScoreChange.IdFor(siren, sequence, month, "test-1", score),
            Siren = siren,
            Month = month,
            ModelVersion = "test-1",
            Score = score,
            PreviousScore = sequence == 0 ? null : 0.1,
            Level = level,
            AsOf = date,
            Sequence = sequence,
            TopFeatures = [new FeatureContribution("ratio_dette", FeatureGroup.DetteSociale, 1.5, 0.12)],
            Figures = new DetectionFigures
            {
                RaisonSociale = "Entreprise " + siren,
                Departement = firm % 2 == 0 ? "69" : "75",
                Departements = firm % 2 == 0 ? ["01", "69"] : ["75"],
                Ape = "25.62B",
                DateCreation = new DateOnly(2010, 5, 1),
                Effectif = 10 + firm,
                ChiffreAffaires = 2_000_000,
                ChiffreAffairesVariation = -0.08,
                ResultatExploitation = -50_000,
                ExcedentBrutExploitation = 10_000,
                DetteUrssafEnHausse = firm % 3 == 0,
            },
        };
    }
}
