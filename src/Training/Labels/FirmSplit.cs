namespace SignauxFaibles.Training.Labels;

/// <summary>
/// Split by SIREN: a firm is held out (validation and evaluation) or used for training by a seeded hash of
/// its SIREN alone, so the split does not depend on the order, the number or the threads of anything.
/// </summary>
public sealed record FirmSplit(ulong Seed, double HoldoutShare)
{
    public bool IsHoldout(string siren)
    {
        ArgumentNullException.ThrowIfNull(siren);
        return Uniform(siren) < HoldoutShare;
    }

    /// <summary>A uniform number in [0, 1) from the SIREN and the seed (FNV-1a then a SplitMix64 finaliser).</summary>
    public double Uniform(string siren)
    {
        ArgumentNullException.ThrowIfNull(siren);
        var h = 14695981039346656037UL ^ Seed;
        foreach (var c in siren)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        h += 0x9E3779B97F4A7C15UL;
        h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9UL;
        h = (h ^ (h >> 27)) * 0x94D049BB133111EBUL;
        h ^= h >> 31;
        return (h >> 11) * (1.0 / (1UL << 53));
    }
}
