namespace SignauxFaibles.Simulator.Randomness;

/// <summary>
/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64. A mutable struct so a firm can carry its
/// own stream inside its state: every firm draws from a sub-stream derived from (seed, firm, purpose), so
/// results never depend on the order in which firms are processed or on thread scheduling.
/// </summary>
/// <remarks>
/// Implemented here rather than using <see cref="System.Random"/> because the algorithm behind
/// <c>new Random(seed)</c> is an implementation detail of the runtime; a simulator whose outputs must be
/// byte-identical for a seed needs a generator whose definition it owns.
/// </remarks>
public struct Rng
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;
    private double spareNormal;
    private bool hasSpareNormal;

    public Rng(ulong seed)
    {
        var sm = seed;
        s0 = SplitMix64(ref sm);
        s1 = SplitMix64(ref sm);
        s2 = SplitMix64(ref sm);
        s3 = SplitMix64(ref sm);
        spareNormal = 0;
        hasSpareNormal = false;
    }

    /// <summary>An independent stream for (seed, a, b): hashing the three keys keeps streams uncorrelated.</summary>
    public static Rng For(ulong seed, ulong a, ulong b = 0) => new(Mix(Mix(Mix(seed) ^ a) ^ (b * 0x9E3779B97F4A7C15UL)));

    public ulong NextUInt64()
    {
        var result = RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = RotateLeft(s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in (0, 1]: safe under a logarithm.</summary>
    public double NextDoubleOpenZero() => ((NextUInt64() >> 11) + 1) * (1.0 / (1UL << 53));

    public double Uniform(double min, double max) => min + (max - min) * NextDouble();

    /// <summary>Uniform integer in [min, maxExclusive).</summary>
    public int Next(int min, int maxExclusive)
    {
        var range = (ulong)(maxExclusive - min);
        return range <= 1 ? min : min + (int)((NextUInt64() >> 1) % range);
    }

    public bool Bernoulli(double p) => NextDouble() < p;

    /// <summary>Standard normal (polar Box-Muller; the second value is kept for the next call).</summary>
    public double Normal()
    {
        if (hasSpareNormal)
        {
            hasSpareNormal = false;
            return spareNormal;
        }

        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        }
        while (s >= 1 || s == 0);

        var f = Math.Sqrt(-2 * Math.Log(s) / s);
        spareNormal = v * f;
        hasSpareNormal = true;
        return u * f;
    }

    public double Normal(double mean, double sd) => mean + sd * Normal();

    public double Exponential(double mean) => -mean * Math.Log(NextDoubleOpenZero());

    /// <summary>Poisson by inversion; fine for the small means the simulator uses (under ~30).</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(Normal(mean, Math.Sqrt(mean))));
        }

        var l = Math.Exp(-mean);
        var k = 0;
        var p = NextDouble();
        while (p > l)
        {
            k++;
            p *= NextDouble();
        }

        return k;
    }

    /// <summary>Index drawn from cumulative weights (ascending, last = total).</summary>
    public int Pick(ReadOnlySpan<double> cumulative)
    {
        var x = NextDouble() * cumulative[^1];
        var lo = 0;
        var hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (cumulative[mid] > x)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
