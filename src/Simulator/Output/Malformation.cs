using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Simulator.Output;

/// <summary>
/// A deliberately malformed row injected into a partner file (never into the event stream), with the
/// reason its reader must give for rejecting it.
/// </summary>
/// <param name="File">Path relative to the output directory.</param>
/// <param name="Format">The format name of the file.</param>
/// <param name="Row">1-based data row in the file (the header is not counted).</param>
/// <param name="Kind">What was broken (e.g. bad_siret_checksum).</param>
/// <param name="Expected">The reject code the parser must report.</param>
public sealed record Malformation(string File, string Format, long Row, string Kind, RejectCode Expected);
