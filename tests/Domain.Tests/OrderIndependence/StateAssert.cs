using System.Collections.Immutable;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Perimeter;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Tests.OrderIndependence;

/// <summary>Structural equality of two histories: every stored fact, then every month's features.</summary>
internal static class StateAssert
{
    public static void Same(FirmHistoryState expected, FirmHistoryState actual)
    {
        Assert.Equal(expected.Siren, actual.Siren);
        Assert.Equal(expected.LastMonth, actual.LastMonth);
        Assert.Equal(expected.UniteLegale, actual.UniteLegale);
        Seq(expected.Etablissements, actual.Etablissements, "etablissements");
        Seq(expected.Cotisations, actual.Cotisations, "cotisations");
        Seq(expected.Debits, actual.Debits, "debits");
        Seq(expected.Delais, actual.Delais, "delais");
        Seq(expected.Ccsf, actual.Ccsf, "ccsf");
        Seq(expected.Procedures, actual.Procedures, "procedures");
        Seq(expected.ApDemandes, actual.ApDemandes, "apDemandes");
        Seq(expected.ApConsommations, actual.ApConsommations, "apConsommations");
        Seq(expected.Statements, actual.Statements, "statements");
        Series(expected.EffectifEntreprise, actual.EffectifEntreprise);
        Assert.Equal(expected.EffectifEtablissements.Length, actual.EffectifEtablissements.Length);
        for (var i = 0; i < expected.EffectifEtablissements.Length; i++)
        {
            Series(expected.EffectifEtablissements[i], actual.EffectifEtablissements[i]);
        }
    }

    public static void SameFeatures(FirmHistory expected, FirmHistory actual, Month from, Month to)
    {
        Assert.Equal(expected.Identity, actual.Identity);
        for (var m = from; m <= to; m = m.Next)
        {
            var e = FeatureCalculator.Compute(expected, m);
            var a = FeatureCalculator.Compute(actual, m);
            if (!e.SameValues(a))
            {
                var i = Enumerable.Range(0, e.Values.Length).First(i => !BitEqual(e.Values[i], a.Values[i]));
                Assert.Fail($"{expected.Siren} {m}: {FeatureSchema.All[i].Name} expected {e.Values[i]:R}, got {a.Values[i]:R}");
            }

            Assert.Equal(PerimeterRule.Evaluate(expected, m), PerimeterRule.Evaluate(actual, m));
        }
    }

    private static bool BitEqual(double a, double b) =>
        double.IsNaN(a) ? double.IsNaN(b) : BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    private static void Seq<T>(ImmutableArray<T> expected, ImmutableArray<T> actual, string what)
    {
        if (!expected.AsSpan().SequenceEqual(actual.AsSpan()))
        {
            Assert.Fail($"{what} differ:\n expected {string.Join("\n  ", expected)}\n actual   {string.Join("\n  ", actual)}");
        }
    }

    private static void Series(HeadcountSeriesState? expected, HeadcountSeriesState? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is null || actual is null)
        {
            return;
        }

        Assert.Equal(expected.Key, actual.Key);
        Assert.Equal(expected.Start, actual.Start);
        Assert.Equal(expected.Values.AsSpan().ToArray(), actual.Values.AsSpan().ToArray());
        Assert.Equal(expected.Versions.AsSpan().ToArray(), actual.Versions.AsSpan().ToArray());
        Assert.Equal(expected.Sequences.AsSpan().ToArray(), actual.Sequences.AsSpan().ToArray());
    }
}
