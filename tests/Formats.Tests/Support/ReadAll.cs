using System.Text;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Tests.Support;

/// <summary>Runs a reader over a file or a text and keeps every result with the report.</summary>
public static class ReadAll
{
    public static readonly DateOnly DeliveredOn = new(2024, 3, 20);

    public static (List<ReadResult> Results, FileReport Report) File(IPartnerFileReader reader, string path, ValidationOptions validation)
    {
        using var stream = System.IO.File.OpenRead(path);
        return Stream(reader, stream, path, validation);
    }

    public static (List<ReadResult> Results, FileReport Report) Text(IPartnerFileReader reader, string text, ValidationOptions? validation = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return Stream(reader, stream, "inline.csv", validation ?? ValidationOptions.ShapeOnly);
    }

    private static (List<ReadResult>, FileReport) Stream(IPartnerFileReader reader, Stream stream, string path, ValidationOptions validation)
    {
        var report = new FileReport(reader.Format, path);
        var options = new ReadOptions { DeliveredOn = DeliveredOn, Validation = validation };
        var results = reader.Read(stream, options, report).ToList();
        return (results, report);
    }
}
