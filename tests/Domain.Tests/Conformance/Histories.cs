using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.History;

namespace SignauxFaibles.Domain.Tests.Conformance;

internal static class Histories
{
    /// <summary>
    /// One history per firm, built from one source at a time: the corpus mixes dates from 1999 to 2020 within
    /// a firm across sources, which a 48-month retention window would legitimately prune.
    /// </summary>
    public static Dictionary<string, FirmHistory> Of(IEnumerable<FirmEvent> events) =>
        events.GroupBy(e => e.Siren, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => FirmHistory.Build(g.Key, g), StringComparer.Ordinal);
}
