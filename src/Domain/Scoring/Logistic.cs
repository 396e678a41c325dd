namespace SignauxFaibles.Domain.Scoring;

/// <summary>The logistic function and its inverse.</summary>
public static class Logistic
{
    public static double Sigmoid(double logOdds) => 1 / (1 + Math.Exp(-logOdds));

    public static double Logit(double probability) => Math.Log(probability / (1 - probability));
}
