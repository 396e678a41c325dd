namespace SignauxFaibles.Formats.Core.NamedColumns;

/// <summary>
/// A column a reader looks up by its header name. <see cref="Ordinal"/> is its position in the reader's
/// <see cref="NamedColumnSet"/>, so a line resolves it with one array access instead of a name lookup.
/// </summary>
internal sealed record NamedColumn(string Name, int Ordinal, bool Required);
