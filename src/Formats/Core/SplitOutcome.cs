namespace SignauxFaibles.Formats.Core;

/// <summary>How splitting a record into fields went.</summary>
internal enum SplitOutcome
{
    Ok,

    /// <summary>A quote inside an unquoted field (strict quotes only).</summary>
    BareQuote,

    /// <summary>Text between a closing quote and the next separator (strict quotes only).</summary>
    TextAfterClosingQuote,

    /// <summary>A quoted field is still open at the end of the text: the record may continue on the next line.</summary>
    Unterminated,
}
