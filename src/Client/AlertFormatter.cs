using System.Globalization;
using System.Text;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Population;

namespace SignauxFaibles.Client;

/// <summary>Text renderings of alerts for the terminal.</summary>
internal static class AlertFormatter
{
    private static readonly NumberFormatInfo Fr = FrenchNumbers.Format;

    public static string FormatBoard(AlertBoard board)
    {
        var text = new StringBuilder();
        text.AppendLine(
            $"Firms in alert: {board.Eleve} risque élevé, {board.Modere} risque modéré ({board.PremieresAlertes} premières alertes); {board.Received} alert events received.");
        foreach (var alert in board.Alerts)
        {
            text.AppendLine(Row(alert));
        }

        return text.ToString();
    }

    /// <summary>One line per alert event as it arrives, prefixed with the local time.</summary>
    public static string FormatLive(AlertEvent alert, DateTimeOffset now) =>
        $"{now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}  {alert.PreviousLevel.Label(),-14} -> {Row(alert)}  id {alert.Id}";

    public static string Row(AlertEvent alert)
    {
        var score = alert.Score is { } s ? Percent(s) : "-";
        var first = alert.PremiereAlerte ? "  1re alerte" : "";
        var plan = alert.Standing is { Procedure: var p } && p.IsPlan() ? $"  {p.Label()}" : "";
        var why = alert.Reason is { } reason ? $"  ({reason})" : "";
        var features = alert.TopFeatures.IsDefaultOrEmpty ? "" : "  [" + string.Join(", ", alert.TopFeatures.Select(f => f.Label)) + "]";
        return $"{alert.Month}  {alert.Siren}  {alert.Level.Label(),-14} {score,7}{first}{plan}{why}{features}";
    }

    public static string Percent(double probability) => (100 * probability).ToString("0.0", Fr) + " %";
}
