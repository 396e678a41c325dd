namespace SignauxFaibles.Simulator.Output;

/// <summary>
/// The partner formats the simulator writes, each backed by the format's writer in <c>src/Formats</c>.
/// Event types without a registered format are counted in the run summary as not written.
/// </summary>
public static class PartnerFileSinks
{
    public static IReadOnlyList<IPartnerFileSink> All { get; } = [];
}
