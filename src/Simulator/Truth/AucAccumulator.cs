namespace SignauxFaibles.Simulator.Truth;

/// <summary>
/// ROC AUC from streamed (score, label) pairs in constant memory: scores are binned on the logit scale
/// (bins of 0.001 logit, far finer than any score difference that matters), pairs within a bin count as
/// ties. Accumulators merge by adding counts, so chunks processed in parallel give the same result.
/// </summary>
public sealed class AucAccumulator
{
    private const double MinLogit = -16;
    private const double MaxLogit = 6;
    private const double BinWidth = 0.001;
    private static readonly int Bins = (int)((MaxLogit - MinLogit) / BinWidth) + 1;

    private readonly long[] positives = new long[Bins];
    private readonly long[] negatives = new long[Bins];

    public long Positives { get; private set; }

    public long Negatives { get; private set; }

    public void Add(double probability, bool label)
    {
        var p = Math.Clamp(probability, 1e-12, 1 - 1e-12);
        var logit = Math.Log(p / (1 - p));
        var bin = (int)Math.Clamp((logit - MinLogit) / BinWidth, 0, Bins - 1);
        if (label)
        {
            positives[bin]++;
            Positives++;
        }
        else
        {
            negatives[bin]++;
            Negatives++;
        }
    }

    public void Merge(AucAccumulator other)
    {
        for (var i = 0; i < Bins; i++)
        {
            positives[i] += other.positives[i];
            negatives[i] += other.negatives[i];
        }

        Positives += other.Positives;
        Negatives += other.Negatives;
    }

    /// <summary>P(score of a positive > score of a negative), ties counted half; NaN without both classes.</summary>
    public double Auc()
    {
        if (Positives == 0 || Negatives == 0)
        {
            return double.NaN;
        }

        double wins = 0;
        long negativesBelow = 0;
        for (var i = 0; i < Bins; i++)
        {
            wins += positives[i] * (negativesBelow + 0.5 * negatives[i]);
            negativesBelow += negatives[i];
        }

        return wins / ((double)Positives * Negatives);
    }
}
