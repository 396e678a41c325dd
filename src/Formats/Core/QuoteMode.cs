namespace SignauxFaibles.Formats.Core;

/// <summary>How quotes inside a delimited record are read.</summary>
public enum QuoteMode
{
    /// <summary>
    /// RFC 4180: a quoted field starts and ends with a quote and doubles its inner quotes; a quote inside an
    /// unquoted field, or text after a closing quote, makes the record malformed.
    /// </summary>
    Strict,

    /// <summary>
    /// Go's encoding/csv with LazyQuotes, as the original pipeline read some partner files: a quote opens a
    /// quoted field only at its start and closes it only before a separator or the end of the record;
    /// other quotes are text.
    /// </summary>
    Lenient,
}
