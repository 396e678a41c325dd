namespace SignauxFaibles.Domain.Validation;

/// <summary>
/// Machine-readable reasons why a row or an event is rejected. The names are part of the wire contract
/// (dead-letter messages and parser reports carry them as snake_case strings): add, never rename.
/// </summary>
public enum RejectCode
{
    None = 0,

    // Structure of the input
    /// <summary>The line does not have the number of fields of the header.</summary>
    WrongFieldCount,
    /// <summary>The line breaks CSV quoting rules (for example a bare quote in an unquoted field).</summary>
    MalformedCsv,
    /// <summary>A required column is missing from the header: the whole file is unreadable.</summary>
    MissingColumn,
    /// <summary>A required field is empty.</summary>
    MissingField,

    // Identifiers
    /// <summary>A SIREN that is not 9 digits.</summary>
    InvalidSirenFormat,
    /// <summary>A SIREN whose Luhn check digit is wrong.</summary>
    InvalidSirenChecksum,
    /// <summary>A SIRET that is not 14 characters of digits (or letters for a provisional SIRET).</summary>
    InvalidSiretFormat,
    /// <summary>A SIRET whose Luhn check digit is wrong.</summary>
    InvalidSiretChecksum,
    /// <summary>The SIREN of an event is not the first 9 characters of its SIRET.</summary>
    SirenSiretMismatch,

    // Values
    /// <summary>A URSSAF period code that is not AAAAXY/AAXY with a valid quarter and month.</summary>
    InvalidPeriod,
    /// <summary>A date that cannot be parsed or does not exist.</summary>
    InvalidDate,
    /// <summary>A number that cannot be parsed.</summary>
    InvalidNumber,
    /// <summary>An amount outside the plausible range.</summary>
    AmountOutOfRange,
    /// <summary>A headcount that is negative or implausibly large.</summary>
    HeadcountOutOfRange,
    /// <summary>A number of hours that is negative or implausibly large.</summary>
    HoursOutOfRange,
    /// <summary>A code outside its closed list (procédure label, motive, perimeter, stage...).</summary>
    UnknownCode,
    /// <summary>A range whose end is before its start.</summary>
    InvalidRange,
    /// <summary>A boolean field that is neither true nor false in any accepted spelling.</summary>
    InvalidBoolean,
    /// <summary>
    /// A value that cannot be negative: a remaining debt, an order or state number, the total of a payment
    /// plan, an activité partielle amount (the per-field rules are in docs/events.md).
    /// </summary>
    NegativeValue,

    // Wire format
    /// <summary>The message body is not valid JSON or does not match its schema.</summary>
    InvalidJson,
    /// <summary>The schema name is not known to this version of the system.</summary>
    UnknownSchema,
    /// <summary>The schema is known but not this version of it.</summary>
    UnsupportedSchemaVersion,
    /// <summary>The transport key (Kafka message key) is not the SIREN of the event.</summary>
    KeyMismatch,
    /// <summary>
    /// A message or a line larger than any valid event can be: rejected unread, its dead letter keeps the
    /// size, a hash and the beginning of the payload only.
    /// </summary>
    OversizedInput,

    // Processing
    /// <summary>A valid event whose application kept failing (grain error) after every retry; kept for replay.</summary>
    ApplyFailed,
}
