using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Formats.Core;

/// <summary>
/// Shared shape of the delimited partner writers: the header is written on construction (so an empty
/// delivery is still a readable file), then each event is one line, written field by field by the format
/// through one <see cref="DelimitedLineWriter"/> in the dialect its reader reads.
/// </summary>
public abstract class DelimitedPartnerWriter<TEvent> : IPartnerFileWriter<TEvent>
    where TEvent : FirmEvent
{
    /// <param name="line">The line writer over the output, in the format's dialect.</param>
    /// <param name="header">The column names, in file order.</param>
    /// <param name="quotedHeader">Whether the names are quoted (exports that quote every text).</param>
    protected DelimitedPartnerWriter(DelimitedLineWriter line, IEnumerable<string> header, bool quotedHeader = false)
    {
        ArgumentNullException.ThrowIfNull(line);
        Line = line;
        if (quotedHeader)
        {
            line.WriteQuotedLine(header);
        }
        else
        {
            line.WriteLine(header);
        }
    }

    protected DelimitedLineWriter Line { get; }

    public void Write(TEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        WriteFields(e);
        Line.EndLine();
    }

    /// <summary>Writes the event's fields in header order (the base ends the line).</summary>
    protected abstract void WriteFields(TEvent e);
}
