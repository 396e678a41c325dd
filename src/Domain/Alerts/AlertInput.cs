using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Alerts;

/// <summary>One evaluation of a firm: the month scored, its score (null when out of perimeter) and the model.</summary>
/// <param name="Siren">The firm.</param>
/// <param name="Month">The month scored.</param>
/// <param name="AsOf">The latest delivery date the data include.</param>
/// <param name="Score">The score, or null when the firm is out of the perimeter and so not scored.</param>
/// <param name="Model">The model whose thresholds apply.</param>
/// <param name="Standing">Procédure state and closure; an open procédure or a closure excludes the firm from alert levels.</param>
public sealed record AlertInput(string Siren, Month Month, DateOnly AsOf, RiskScore? Score, ModelVersion Model, FirmStanding? Standing = null);
