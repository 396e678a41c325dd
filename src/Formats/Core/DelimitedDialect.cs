namespace SignauxFaibles.Formats.Core;

/// <summary>
/// How one delimited partner format is spelled, shared by its reader and its writer so that what the writer
/// produces is what the reader accepts. The defaults are the URSSAF exports': ';' separated, strict quotes,
/// one record per line, fields trimmed.
/// </summary>
public sealed record DelimitedDialect
{
    /// <summary>
    /// How many line breaks the quoted fields of one record may hold altogether, in the formats the original
    /// pipeline read with Go's encoding/csv (which allowed them without limit). The bound keeps a quote
    /// never closed from swallowing the rest of the file.
    /// </summary>
    public const int GoCsvMaxLineBreaks = 100;

    /// <summary>
    /// A record holding line breaks is also cut at this many characters (then rejected as malformed), so
    /// memory stays bounded whatever the input.
    /// </summary>
    public const int MaxRecordChars = 64 * 1024;

    public char Separator { get; init; } = ';';

    public QuoteMode Quotes { get; init; } = QuoteMode.Strict;

    /// <summary>
    /// How many line breaks quoted fields may hold in one record. 0 (the default): every physical line is
    /// a record and a quoted field left open at the end of its line is malformed; the writer replaces line
    /// breaks inside values by spaces. Above 0: a record whose quoted field is still open at the end of a
    /// line continues on the next one, up to this many line breaks (and <see cref="MaxRecordChars"/>);
    /// past that it is rejected and reading resumes on the following line. The writer keeps line breaks.
    /// </summary>
    public int MaxLineBreaksInQuotes { get; init; }

    /// <summary>
    /// Whether fields (and header names) are trimmed of surrounding white space, which also makes a line
    /// of blanks an empty line. Partner exports sometimes pad identifiers and amounts; the formats read by
    /// Go's encoding/csv keep fields verbatim.
    /// </summary>
    public bool TrimFields { get; init; } = true;

    /// <summary>The URSSAF-style default: ';', strict quotes, one record per line, trimmed fields.</summary>
    public static DelimitedDialect Default { get; } = new();

    /// <summary>
    /// The files the original pipeline read with Go's encoding/csv: fields verbatim (not trimmed), quoted
    /// fields may hold line breaks (up to <see cref="GoCsvMaxLineBreaks"/>).
    /// </summary>
    public static DelimitedDialect GoCsv(char separator, QuoteMode quotes = QuoteMode.Strict) => new()
    {
        Separator = separator,
        Quotes = quotes,
        MaxLineBreaksInQuotes = GoCsvMaxLineBreaks,
        TrimFields = false,
    };
}
