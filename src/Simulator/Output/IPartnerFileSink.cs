using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Simulator.Output;

/// <summary>
/// One partner format as the simulator writes it: which events go into it, the file name of a delivery,
/// and how to open a writer on a new file (the format's own writer from <c>src/Formats</c>, which writes
/// the header once). One file per format and delivery day.
/// </summary>
public interface IPartnerFileSink
{
    /// <summary>The format name, as its reader reports it (e.g. "debit").</summary>
    string Format { get; }

    /// <summary>File name of one delivery, e.g. "urssaf_debit.csv".</summary>
    string FileName { get; }

    bool Accepts(FirmEvent e);

    IPartnerFileWriter Open(TextWriter output, PartnerFileContext context);
}

/// <summary>Writes the rows of one delivery file.</summary>
public interface IPartnerFileWriter
{
    void Write(FirmEvent e);
}

/// <summary>What a writer may need to know about the delivery it writes (the effectif columns, for instance).</summary>
public sealed record PartnerFileContext(DateOnly DeliveredOn, Domain.Time.Month Month);
