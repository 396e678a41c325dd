using BenchmarkDotNet.Attributes;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Scoring.Trees;

namespace SignauxFaibles.Scoring.Bench;

/// <summary>Per firm, one thread: times and allocations are per scored firm-month (OperationsPerInvoke).</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private TreeEnsembleScorer _scorer = null!;
    private FeatureVector[] _vectors = [];

    [GlobalSetup]
    public void Setup()
    {
        _scorer = ScoringData.Scorer;
        _vectors = [.. ScoringData.Vectors];
        Console.WriteLine($"// model: {ScoringData.Origin}; {_scorer.Ensemble.Trees.Length} trees, {_vectors.Length} firm-months");
    }

    /// <summary>The grain's fast path: probability only, no allocation.</summary>
    [Benchmark(OperationsPerInvoke = ScoringData.Rows)]
    public double Probability()
    {
        var sum = 0.0;
        foreach (var v in _vectors)
        {
            sum += _scorer.Probability(v.Values.AsSpan());
        }

        return sum;
    }

    /// <summary>IRiskScorer.Score: probability plus every feature's contribution (what the grain stores).</summary>
    [Benchmark(OperationsPerInvoke = ScoringData.Rows)]
    public double ScoreWithContributions()
    {
        var sum = 0.0;
        foreach (var v in _vectors)
        {
            sum += _scorer.Score(v).Probability;
        }

        return sum;
    }

    /// <summary>Score and the five-group waterfall users see.</summary>
    [Benchmark(OperationsPerInvoke = ScoringData.Rows)]
    public double Explanation()
    {
        var sum = 0.0;
        foreach (var v in _vectors)
        {
            sum += ScoreExplanation.From(_scorer.Score(v)).StartPercent;
        }

        return sum;
    }
}
