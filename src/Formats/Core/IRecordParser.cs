using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Formats.Core;

/// <summary>The parser of one file's lines, bound to its header by a <see cref="DelimitedPartnerReader"/>.</summary>
public interface IRecordParser
{
    /// <summary>
    /// Turns one well-formed record (as many fields as the header) into an event, or adds the reasons it
    /// cannot to <paramref name="rejects"/> (any reject added rejects the record, whatever is returned).
    /// Returning null without adding a reject filters the record out on purpose: it is counted as skipped,
    /// like the original pipeline's filtered lines. The caller validates the event afterwards.
    /// </summary>
    FirmEvent? Parse(in CsvRecord record, List<Reject> rejects);
}
