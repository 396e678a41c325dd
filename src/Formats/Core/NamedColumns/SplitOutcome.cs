namespace SignauxFaibles.Formats.Core.NamedColumns;

/// <summary>How splitting a record went.</summary>
internal enum SplitOutcome
{
    Ok,

    /// <summary>The record breaks the quoting rules.</summary>
    Malformed,

    /// <summary>A quoted field is still open at the end of the text: the record continues on the next line.</summary>
    Unterminated,
}
