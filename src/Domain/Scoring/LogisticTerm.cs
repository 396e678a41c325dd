using SignauxFaibles.Domain.Features;

namespace SignauxFaibles.Domain.Scoring;

/// <summary>
/// One term of the transparent scorer: <c>Weight * (clamp(x, Min, Max) - Reference)</c> in log-odds.
/// A missing value (NaN) contributes nothing, i.e. is taken at the reference, so a firm without
/// financial statements is neither helped nor harmed by them. Clamping keeps one extreme figure
/// (a debt of 40 months of contributions, a negative margin of -300 %) from dominating everything else.
/// </summary>
/// <param name="Feature">The feature name in <see cref="FeatureSchema"/>.</param>
/// <param name="Weight">Log-odds per unit of the feature.</param>
/// <param name="Reference">The value of the reference firm (contribution zero).</param>
/// <param name="Min">Lower clamp.</param>
/// <param name="Max">Upper clamp.</param>
public sealed record LogisticTerm(string Feature, double Weight, double Reference, double Min, double Max)
{
    public double Contribution(double value) =>
        double.IsNaN(value) ? 0 : Weight * (Math.Clamp(value, Min, Max) - Reference);
}
