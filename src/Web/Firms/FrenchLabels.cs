using System.Globalization;
using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.Web.Firms;

/// <summary>French labels and number formats of the pages (culture-independent: the app runs invariant).</summary>
public static class FrenchLabels
{
    // The hosts run with invariant globalization: French separators are set by hand.
    private static readonly NumberFormatInfo Fr = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = "\u202f",
        NegativeSign = "-",
    };
    private static readonly string[] MonthNames =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static string Code(AlertLevel level) => AlertLevels.Code(level);

    public static string Label(AlertLevel level) => LevelLabel(AlertLevels.Code(level));

    public static string LevelLabel(string code) => code switch
    {
        "eleve" => "Risque élevé",
        "modere" => "Risque modéré",
        "pas_d_alerte" => "Pas d'alerte",
        "en_procedure" => "En procédure",
        "fermee" => "Fermée",
        _ => "Hors périmètre",
    };

    /// <summary>The stable code of a firm's procédure state (the domain's one code list).</summary>
    public static string ProcedureCode(SignauxFaibles.Domain.Population.ProcedureStatus status) =>
        SignauxFaibles.Domain.Population.ProcedureStatuses.Code(status);

    public static string ProcedureCode(int? state) => state switch
    {
        0 => "in_bonis",
        1 => "sauvegarde",
        2 => "redressement",
        3 => "liquidation",
        _ => "inconnu",
    };

    public static string ProcedureLabel(string? code) => code switch
    {
        "in_bonis" => "In bonis",
        "sauvegarde" => "Sauvegarde",
        "redressement" => "Redressement judiciaire",
        "liquidation" => "Liquidation judiciaire",
        "plan" => "Plan de continuation",
        "plan_continuation" => "Plan de continuation",
        "plan_sauvegarde" => "Plan de sauvegarde",
        "fermee" => "Fermée",
        "en_procedure" => "En procédure",
        _ => "Inconnu",
    };

    /// <summary>"2026-01" -> "janvier 2026".</summary>
    public static string MonthLabel(string? yyyyMm)
    {
        if (yyyyMm is not { Length: 7 } || !int.TryParse(yyyyMm.AsSpan(5, 2), CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
        {
            return yyyyMm ?? "";
        }

        return $"{MonthNames[m - 1]} {yyyyMm[..4]}";
    }

    public static string Number(double? value, int decimals = 0) =>
        value is { } v && double.IsFinite(v) ? v.ToString("N" + decimals, Fr) : "–";

    public static string Euros(double? value) => value is { } v && double.IsFinite(v)
        ? Math.Abs(v) >= 1_000_000 ? (v / 1_000_000).ToString("N1", Fr) + " M€"
        : Math.Abs(v) >= 10_000 ? (v / 1_000).ToString("N0", Fr) + " k€"
        : v.ToString("N0", Fr) + " €"
        : "–";

    public static string Percent(double? value, int decimals = 1) =>
        value is { } v && double.IsFinite(v) ? v.ToString("N" + decimals, Fr) + " %" : "–";
}
