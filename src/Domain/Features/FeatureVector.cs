using System.Collections.Immutable;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Features;

/// <summary>The features of one firm at one month, in <see cref="FeatureSchema.All"/> order; NaN = missing.</summary>
public sealed record FeatureVector(string Siren, Month Month, ImmutableArray<double> Values)
{
    /// <summary>The value of a named feature (NaN when the name is unknown).</summary>
    public double this[string name] => FeatureSchema.IndexOf(name) is >= 0 and var i && i < Values.Length ? Values[i] : double.NaN;

    /// <summary>Bitwise equality of the values, any NaN equal to any NaN: the determinism the grain and training rely on.</summary>
    public bool SameValues(FeatureVector other)
    {
        if (Values.Length != other.Values.Length)
        {
            return false;
        }

        for (var i = 0; i < Values.Length; i++)
        {
            var (a, b) = (Values[i], other.Values[i]);
            if (double.IsNaN(a) ? !double.IsNaN(b) : BitConverter.DoubleToInt64Bits(a) != BitConverter.DoubleToInt64Bits(b))
            {
                return false;
            }
        }

        return true;
    }
}
