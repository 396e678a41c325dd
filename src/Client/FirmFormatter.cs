using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Scoring;

namespace SignauxFaibles.Client;

/// <summary>The firm page, as text: identity, level, key figures, explanation waterfall, alert history.</summary>
internal static class FirmFormatter
{
    private static readonly NumberFormatInfo Fr = FrenchNumbers.Format;

    public static string Format(FirmSummary summary, ScoreExplanation? explanation, ImmutableArray<AlertEvent> history)
    {
        var t = new StringBuilder();
        t.AppendLine($"{summary.Siren}  {summary.RaisonSociale ?? "(raison sociale inconnue)"}");
        t.AppendLine($"  siège: {Departement(summary)}, données au {summary.AsOf:yyyy-MM-dd}");
        if (summary.Zone is { Departements.Length: > 1 } zone)
        {
            t.AppendLine($"  établissements dans les départements {string.Join(", ", zone.Departements)}");
        }

        t.AppendLine($"  activité: {summary.Activite ?? "inconnue"}");
        foreach (var level in summary.ActiviteNaf?.Levels ?? [])
        {
            t.AppendLine($"    {level.Code,-7} {level.Libelle}");
        }

        var score = summary.Score is { } s ? $", score {AlertFormatter.Percent(s)} ({summary.ModelVersion}, {summary.Month})" : "";
        t.AppendLine($"  niveau: {summary.Level.Label()}{score}{(summary.PremiereAlerte ? ", première alerte" : "")}");
        t.AppendLine($"  effectif {Number(summary.Effectif)}, CA {Euros(summary.ChiffreAffaires)} {Trend(summary.ChiffreAffairesVariation)}, "
            + $"résultat d'exploitation {Euros(summary.ResultatExploitation)}, EBE {Euros(summary.ExcedentBrutExploitation)}");
        t.AppendLine($"  procédure collective: {Procedure(summary)}"
            + (summary.Fermeture != ClosureReason.Aucune ? $", fermée ({summary.Fermeture.Label()})" : "")
            + (summary.DetteUrssafEnHausse ? ", dette URSSAF en hausse" : "")
            + (summary.ActivitePartielleRecente ? ", activité partielle (12 mois)" : ""));

        if (explanation is not null)
        {
            t.AppendLine();
            t.AppendLine($"Explication du score ({explanation.ModelVersion}, {explanation.Month}), en points de risque:");
            t.AppendLine($"  {"départ (entreprise de référence)",-44} {Points(explanation.StartPercent, signed: false)}");
            foreach (var g in explanation.Groups)
            {
                var mark = g.Points > 0.05 ? "aggrave" : g.Points < -0.05 ? "atténue" : "";
                t.AppendLine($"  {g.Group.Label(),-44} {Points(g.Points, signed: true)}  {mark}");
            }

            t.AppendLine($"  {"= risque",-44} {Points(explanation.RiskPercent, signed: false)}");
            t.AppendLine("  principaux facteurs:");
            foreach (var f in explanation.Features.Where(f => f.Contribution != 0).Take(5))
            {
                var unit = f.Unit is { } u && u is not (FeatureUnit.Code or FeatureUnit.Ratio or FeatureUnit.Indicateur) ? " " + u.Label() : "";
                t.AppendLine($"    {f.Label,-52} {Number(f.Value) + unit,16}  {f.Effect.Label()} ({f.Contribution.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)} log-odds)");
            }
        }

        t.AppendLine();
        t.AppendLine(history.IsDefaultOrEmpty ? "Aucune alerte." : "Historique des alertes:");
        foreach (var alert in history.IsDefault ? [] : history)
        {
            t.AppendLine($"  {alert.Month}  {alert.PreviousLevel.Label()} -> {alert.Level.Label()}"
                + (alert.Score is { } a ? $"  {AlertFormatter.Percent(a)}" : "")
                + (alert.PremiereAlerte ? "  1re alerte" : "")
                + (alert.Reason is { } why ? $"  ({why})" : ""));
        }

        return t.ToString();
    }

    private static string Points(double value, bool signed) =>
        value.ToString(signed ? "+0.0;-0.0;0.0" : "0.0", Fr).PadLeft(7) + (signed ? " pt" : " %");

    private static string Number(double? value) =>
        value is { } v && !double.IsNaN(v) ? v.ToString(Math.Abs(v) >= 100 ? "#,0" : "0.###", Fr) : "?";

    private static string Euros(double? value) => value is { } v ? Number(v) + " €" : "?";

    private static string Trend(double? variation) => variation switch
    {
        > 0.05 => "(hausse)",
        < -0.05 => "(baisse)",
        null => "",
        _ => "(stable)",
    };

    private static string Procedure(FirmSummary summary) => summary.ProcedureCollective switch
    {
        null => "inconnue",
        { } p when summary.ProcedureDate is { } d => $"{p.Label()} depuis le {d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}",
        { } p => p.Label(),
    };

    private static string Departement(FirmSummary summary) => summary.Departement switch
    {
        null => "inconnu",
        { } code when summary.DepartementNom is { } nom => $"{nom} ({code}), {summary.RegionNom}",
        { } code => code,
    };
}
