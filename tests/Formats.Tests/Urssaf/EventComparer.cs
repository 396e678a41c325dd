using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Formats.Tests.Urssaf;

/// <summary>
/// Value equality of events, headcount months included (records compare <c>ImmutableArray</c> members by
/// reference, so two equal headcount events read from two files would otherwise differ).
/// </summary>
internal static class EventComparer
{
    public static void AssertSame(FirmEvent expected, FirmEvent actual, string context)
    {
        switch (expected, actual)
        {
            case (EffectifEtablissement a, EffectifEtablissement b):
                Assert.True(a.Months.SequenceEqual(b.Months), $"{context}: months differ\n  expected {string.Join(' ', a.Months)}\n  actual   {string.Join(' ', b.Months)}");
                Assert.Equal(a with { Months = [] }, b with { Months = [] });
                break;
            case (EffectifEntreprise a, EffectifEntreprise b):
                Assert.True(a.Months.SequenceEqual(b.Months), $"{context}: months differ");
                Assert.Equal(a with { Months = [] }, b with { Months = [] });
                break;
            default:
                Assert.True(expected.Equals(actual), $"{context}:\n  expected {expected}\n  actual   {actual}");
                break;
        }
    }
}
