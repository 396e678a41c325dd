using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Events;

/// <summary>
/// Supplier payment behaviour of a firm over one month (credit-insurance / Banque de France style, as the
/// original's "paydex" source): how late the invoices that fell due in the month were paid, beyond their
/// contractual terms. Delivered monthly per SIREN; a later delivery for the same month replaces it.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.PaiementsFournisseurs.v1")]
public sealed record PaiementsFournisseurs : FirmEvent
{
    /// <summary>The month whose invoices fell due.</summary>
    [Id(0)] public required Month Mois { get; init; }
    /// <summary>Number of supplier invoices observed (0 = nothing observed: no figure is meaningful).</summary>
    [Id(1)] public required int NombreFactures { get; init; }
    /// <summary>Amount of those invoices, EUR.</summary>
    [Id(2)] public required decimal MontantFactures { get; init; }
    /// <summary>Average delay beyond terms, days, weighted by amount (paydex-like; negative = paid early).</summary>
    [Id(3)] public required decimal RetardMoyenJours { get; init; }
    /// <summary>FPI30: share (0-1) of the amount paid more than 30 days late.</summary>
    [Id(4)] public required decimal Fpi30 { get; init; }
    /// <summary>FPI90: share (0-1) of the amount paid more than 90 days late (part of FPI30).</summary>
    [Id(5)] public required decimal Fpi90 { get; init; }
    /// <summary>Amount paid more than 30 days late, EUR.</summary>
    [Id(6)] public required decimal MontantRetard30 { get; init; }
    /// <summary>Amount paid more than 90 days late, EUR.</summary>
    [Id(7)] public required decimal MontantRetard90 { get; init; }
}
