using System.Globalization;
using Orleans;
using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.Domain.Population;

/// <summary>
/// Where a firm stands for the detection list (domain.md §2, "Who gets an alert"): its procédure state with
/// the date of the judgment that gives it, and whether Sirene says it is closed. A firm in an open procédure
/// or closed is scored but gets no alert level: it is shown as <see cref="AlertLevel.EnProcedure"/> or
/// <see cref="AlertLevel.Fermee"/>. A versioned contract (carried by alert events): add members with new ids.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.FirmStanding.v1")]
public sealed record FirmStanding
{
    /// <summary>In bonis, open, no date: a firm nothing is known against.</summary>
    public static FirmStanding InBonis { get; } = new();

    [Id(0)] public ProcedureStatus Procedure { get; init; } = ProcedureStatus.InBonis;

    /// <summary>Effective date of the judgment that gives <see cref="Procedure"/>; null in bonis.</summary>
    [Id(1)] public DateOnly? ProcedureDate { get; init; }

    [Id(2)] public ClosureReason Fermeture { get; init; } = ClosureReason.Aucune;

    /// <summary>The French label of <see cref="Procedure"/> (JSON readers; not part of the Orleans contract).</summary>
    public string ProcedureLabel => Procedure.Label();

    /// <summary>The French label of <see cref="Fermeture"/>.</summary>
    public string FermetureLabel => Fermeture.Label();

    /// <summary>The level shown instead of an alert level, or null when the firm may be in alert.</summary>
    /// <remarks>An open procédure is shown first: it says more (which procédure, since when) than the closure.</remarks>
    public AlertLevel? ExcludedLevel =>
        Procedure.IsOpen() ? AlertLevel.EnProcedure
        : Fermeture != ClosureReason.Aucune ? AlertLevel.Fermee
        : null;

    /// <summary>Why the firm is not on the detection list, in French (null when it may be).</summary>
    public string? Reason => ExcludedLevel switch
    {
        AlertLevel.EnProcedure => ProcedureDate is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"{Procedure.Label()} depuis le {d:dd/MM/yyyy}")
            : Procedure.Label(),
        AlertLevel.Fermee => $"entreprise fermée : {Fermeture.Label()}",
        _ => null,
    };
}
