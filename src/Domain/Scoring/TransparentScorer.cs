using System.Collections.Immutable;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;

namespace SignauxFaibles.Domain.Scoring;

/// <summary>
/// A first, readable scorer used until the trained model lands: a logistic formula on a handful of
/// features whose direction everyone agrees on (domain.md §4),
/// <code>
/// logit(p) = Intercept + sum over terms of Weight * (clamp(x, Min, Max) - Reference)
/// </code>
/// where a missing feature contributes nothing. The intercept is the log-odds of the reference firm (all
/// features at their reference). Weights and thresholds are set by hand, not fitted; the documented
/// values are in docs/alerts.md and the terms below are the single source.
/// </summary>
public sealed class TransparentScorer : IRiskScorer
{
    /// <summary>Log-odds of the reference firm: a 2 % risk of défaillance within 18 months.</summary>
    public const double Intercept = -3.9;

    /// <summary>The terms of version 1, one per feature.</summary>
    public static ImmutableArray<LogisticTerm> Version1Terms { get; } =
    [
        // Dette sociale: debt in months of contributions, an active payment plan.
        new("ratio_dette_cotisation", Weight: 0.8, Reference: 0, Min: 0, Max: 6),
        new("delai_actif", Weight: 0.5, Reference: 0, Min: 0, Max: 1),
        // Activité partielle: share of the workforce's hours not worked, a recent request.
        new("ratio_apart", Weight: 2.5, Reference: 0, Min: 0, Max: 1),
        new("ap_demande_12m", Weight: 0.4, Reference: 0, Min: 0, Max: 1),
        // Emploi: a shrinking workforce (12-month relative change).
        new("effectif_var_12m", Weight: -2.0, Reference: 0, Min: -0.6, Max: 0.3),
        // Santé financière: margin (EBE / CA), sales trend, negative equity.
        new("taux_marge", Weight: -5.0, Reference: 0.08, Min: -0.3, Max: 0.3),
        new("ca_var_1a", Weight: -1.5, Reference: 0.02, Min: -0.6, Max: 0.5),
        new("capitaux_propres_negatifs", Weight: 1.0, Reference: 0, Min: 0, Max: 1),
        // Retards de paiement: supplier payment delay beyond the legal 60 days.
        new("delai_fournisseurs_jours", Weight: 0.012, Reference: 60, Min: 0, Max: 180),
    ];

    /// <summary>
    /// Version 1 and its thresholds, chosen as domain.md §5 says on a simulated validation panel (docs/alerts.md):
    /// modéré near the F2 optimum, élevé near the F0.5 optimum, 15 % hysteresis.
    /// </summary>
    public static ModelVersion Version1 { get; } = new(
        "transparent-logit-1",
        new AlertThresholds(Eleve: 0.10, Modere: 0.03, Hysteresis: 0.15),
        "Hand-set logistic formula on 9 features (docs/alerts.md); not fitted.");

    private readonly ImmutableArray<LogisticTerm> _terms;
    private readonly double _intercept;
    private readonly int[] _indexes;
    private readonly FeatureGroup[] _groups;

    public TransparentScorer()
        : this(Version1, Version1Terms)
    {
    }

    /// <summary>A scorer with other terms, intercept or thresholds (another model version).</summary>
    /// <exception cref="ArgumentException">A term names a feature the schema does not have.</exception>
    public TransparentScorer(ModelVersion model, ImmutableArray<LogisticTerm> terms, double intercept = Intercept)
    {
        Model = model;
        _terms = terms;
        _intercept = intercept;
        _indexes = new int[terms.Length];
        _groups = new FeatureGroup[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            var index = FeatureSchema.IndexOf(terms[i].Feature);
            if (index < 0)
            {
                throw new ArgumentException($"feature '{terms[i].Feature}' is not in the feature schema", nameof(terms));
            }

            _indexes[i] = index;
            _groups[i] = FeatureSchema.All[index].Group;
        }
    }

    public ModelVersion Model { get; }

    public RiskScore Score(FeatureVector features)
    {
        var contributions = ImmutableArray.CreateBuilder<FeatureContribution>(_terms.Length);
        var logOdds = _intercept;
        for (var i = 0; i < _terms.Length; i++)
        {
            var value = features.Values[_indexes[i]];
            var c = _terms[i].Contribution(value);
            logOdds += c;
            contributions.Add(new FeatureContribution(_terms[i].Feature, _groups[i], value, c));
        }

        return new RiskScore
        {
            Siren = features.Siren,
            Month = features.Month,
            ModelVersion = Model.Id,
            Probability = Logistic.Sigmoid(logOdds),
            BaseLogOdds = _intercept,
            Contributions = contributions.MoveToImmutable(),
        };
    }
}
