using System.Collections.Immutable;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Tests.Scoring;

public class TransparentScorerTests
{
    private static readonly TransparentScorer Scorer = new();

    [Fact]
    public void Score_AllFeaturesMissing_IsTheReferenceFirmRisk()
    {
        var score = Scorer.Score(Vector());

        Assert.Equal(Logistic.Sigmoid(TransparentScorer.Intercept), score.Probability, 12);
        Assert.All(score.Contributions, c => Assert.Equal(0, c.Contribution));
        Assert.Equal("transparent-logit-1", score.ModelVersion);
    }

    [Fact]
    public void Score_MoreDebtInMonthsOfContributions_RaisesTheScore()
    {
        var low = Scorer.Score(Vector(("ratio_dette_cotisation", 0.5)));
        var high = Scorer.Score(Vector(("ratio_dette_cotisation", 3)));

        Assert.True(high.Probability > low.Probability);
    }

    [Fact]
    public void Score_ExtremeValue_IsClampedToTheTermRange()
    {
        var atMax = Scorer.Score(Vector(("ratio_dette_cotisation", 6)));
        var beyond = Scorer.Score(Vector(("ratio_dette_cotisation", 400)));

        Assert.Equal(atMax.Probability, beyond.Probability, 15);
    }

    [Fact]
    public void Score_LogOdds_AreTheBasePlusTheContributions()
    {
        var score = Scorer.Score(Vector(
            ("ratio_dette_cotisation", 2.5), ("taux_marge", -0.1), ("effectif_var_12m", -0.3),
            ("delai_fournisseurs_jours", 120), ("ratio_apart", 0.2), ("capitaux_propres_negatifs", 1)));

        var sum = score.BaseLogOdds + score.Contributions.Sum(c => c.Contribution);
        Assert.Equal(Logistic.Logit(score.Probability), sum, 9);
        Assert.Equal(TransparentScorer.Version1Terms.Length, score.Contributions.Length);
    }

    [Fact]
    public void Explain_Waterfall_StartPlusBarsIsTheRisk()
    {
        var score = Scorer.Score(Vector(
            ("ratio_dette_cotisation", 2.5), ("taux_marge", 0.2), ("effectif_var_12m", -0.3),
            ("delai_fournisseurs_jours", 120), ("ratio_apart", 0.2)));

        var explanation = ScoreExplanation.From(score);

        Assert.Equal(ExplanationGroups.Waterfall, explanation.Groups.Select(g => g.Group));
        Assert.Equal(ExplanationGroup.Contexte, explanation.Groups[0].Group);
        Assert.Equal(explanation.RiskPercent, explanation.StartPercent + explanation.Groups.Sum(g => g.Points), 9);
        Assert.True(explanation.Groups.Single(g => g.Group == ExplanationGroup.DetteSociale).Points > 0);
        Assert.True(explanation.Groups.Single(g => g.Group == ExplanationGroup.SanteFinanciere).Points < 0);
    }

    [Fact]
    public void Explain_ContextFeature_IsItsOwnBarNotTheStart()
    {
        var model = TransparentScorer.Version1;
        var scorer = new TransparentScorer(model, [new LogisticTerm("age_mois", Weight: -0.01, Reference: 120, Min: 0, Max: 240)]);

        var explanation = ScoreExplanation.From(scorer.Score(Vector(("age_mois", 12))));

        Assert.Equal(100 * Logistic.Sigmoid(TransparentScorer.Intercept), explanation.StartPercent, 9);
        var contexte = explanation.Groups.Single(g => g.Group == ExplanationGroup.Contexte);
        Assert.True(contexte.Points > 0);
        Assert.Equal("Contexte (secteur, région, âge)", contexte.Label);
        Assert.All(explanation.Groups.Where(g => g.Group != ExplanationGroup.Contexte), g => Assert.Equal(0, g.Points));
        Assert.Equal(explanation.RiskPercent, explanation.StartPercent + contexte.Points, 9);
    }

    [Fact]
    public void Explain_HandComputedWaterfall_BarsAddUpToTheShownRisk()
    {
        // Reference firm at log-odds 0 (50 %). Contexte +ln 3 -> 75 % (+25 pt); santé financière -ln 9 ->
        // logit -ln 3 = 25 % (-50 pt); dette sociale +ln 3 -> logit 0 = 50 % (+25 pt): 50 + 25 - 50 + 25 = 50 %.
        var terms = System.Collections.Immutable.ImmutableArray.Create(
            new LogisticTerm("age_mois", Weight: Math.Log(3), Reference: 0, Min: 0, Max: 1),
            new LogisticTerm("taux_marge", Weight: -Math.Log(9), Reference: 0, Min: 0, Max: 1),
            new LogisticTerm("ratio_dette_cotisation", Weight: Math.Log(3), Reference: 0, Min: 0, Max: 1));
        var scorer = new TransparentScorer(TransparentScorer.Version1, terms, intercept: 0);

        var e = ScoreExplanation.From(scorer.Score(Vector(("age_mois", 1), ("taux_marge", 1), ("ratio_dette_cotisation", 1))));

        Assert.Equal(50, e.StartPercent, 9);
        Assert.Equal([25.0, -50.0, 25.0, 0, 0, 0], e.Groups.Select(g => Math.Round(g.Points, 9)));
        Assert.Equal(50, e.RiskPercent, 9);
        Assert.Equal(e.RiskPercent, e.StartPercent + e.Groups.Sum(g => g.Points), 12);
    }

    [Fact]
    public void Constructor_UnknownFeature_Throws() =>
        Assert.Throws<ArgumentException>(() => new TransparentScorer(TransparentScorer.Version1, [new LogisticTerm("no_such_feature", 1, 0, 0, 1)]));

    [Fact]
    public void Version1_Thresholds_AreValid() =>
        Assert.True(TransparentScorer.Version1.Thresholds.IsValid);

    private static FeatureVector Vector(params (string Name, double Value)[] values)
    {
        var v = Enumerable.Repeat(double.NaN, FeatureSchema.Count).ToArray();
        foreach (var (name, value) in values)
        {
            v[FeatureSchema.IndexOf(name)] = value;
        }

        return new FeatureVector("552100554", Month.Of(2023, 6), [.. v]);
    }
}
