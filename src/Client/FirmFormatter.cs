using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
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
        t.AppendLine($"  département {summary.Departement ?? "?"}, activité {summary.Activite ?? "?"}, données au {summary.AsOf:yyyy-MM-dd}");
        var score = summary.Score is { } s ? $", score {AlertFormatter.Percent(s)} ({summary.ModelVersion}, {summary.Month})" : "";
        t.AppendLine($"  niveau: {summary.Level.Label()}{score}{(summary.PremiereAlerte ? ", première alerte" : "")}");
        t.AppendLine($"  effectif {Number(summary.Effectif)}, CA {Euros(summary.ChiffreAffaires)} {Trend(summary.ChiffreAffairesVariation)}, "
            + $"résultat d'exploitation {Euros(summary.ResultatExploitation)}, EBE {Euros(summary.ExcedentBrutExploitation)}");
        t.AppendLine($"  procédure collective: {Procedure(summary.ProcedureCollective)}"
            + (summary.DetteUrssafEnHausse ? ", dette URSSAF en hausse" : "")
            + (summary.ActivitePartielleRecente ? ", activité partielle (12 mois)" : ""));

        if (explanation is not null)
        {
            t.AppendLine();
            t.AppendLine($"Explication du score ({explanation.ModelVersion}, {explanation.Month}), en points de risque:");
            t.AppendLine($"  {"départ (entreprise de référence, contexte)",-44} {Points(explanation.StartPercent, signed: false)}");
            foreach (var g in explanation.Groups)
            {
                var mark = g.Points > 0.05 ? "aggrave" : g.Points < -0.05 ? "atténue" : "";
                t.AppendLine($"  {g.Group.Label(),-44} {Points(g.Points, signed: true)}  {mark}");
            }

            t.AppendLine($"  {"= risque",-44} {Points(explanation.RiskPercent, signed: false)}");
            t.AppendLine("  principaux facteurs:");
            foreach (var f in explanation.Features.Where(f => f.Contribution != 0).Take(5))
            {
                t.AppendLine($"    {f.Feature,-28} = {Number(f.Value),12}  ({f.Contribution.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)} log-odds)");
            }
        }

        t.AppendLine();
        t.AppendLine(history.IsDefaultOrEmpty ? "Aucune alerte." : "Historique des alertes:");
        foreach (var alert in history.IsDefault ? [] : history)
        {
            t.AppendLine($"  {alert.Month}  {alert.PreviousLevel.Label()} -> {alert.Level.Label()}"
                + (alert.Score is { } a ? $"  {AlertFormatter.Percent(a)}" : "")
                + (alert.PremiereAlerte ? "  1re alerte" : ""));
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

    private static string Procedure(int? state) => state switch
    {
        1 => "sauvegarde",
        2 => "redressement",
        3 => "liquidation",
        0 => "in bonis",
        _ => "inconnue",
    };
}
