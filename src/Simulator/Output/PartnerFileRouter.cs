using System.Globalization;
using System.Text;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Simulator.Randomness;

namespace SignauxFaibles.Simulator.Output;

/// <summary>
/// Routes events to partner-format files: <c>partners/yyyy-MM-dd/&lt;file&gt;</c>, one file per format and
/// delivery day, closed when the month completes and listed in <c>partners/deliveries.csv</c>. With a
/// malformed-row rate, a corrupted copy of some rows is added (the valid row is kept, so the parsed files
/// carry exactly the events of the stream) and recorded in <c>manifest/malformed.csv</c>.
/// </summary>
public sealed class PartnerFileRouter : IEventSink
{
    private const ulong MalformationStream = 4;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string root;
    private readonly IReadOnlyList<IPartnerFileSink> sinks;
    private readonly double malformedRate;
    private readonly Dictionary<(IPartnerFileSink Sink, DateOnly Day), OpenFile> open = [];
    private readonly StreamWriter deliveries;
    private readonly StreamWriter malformedManifest;
    private readonly Dictionary<Type, IPartnerFileSink?> routes = [];
    private Rng rng;

    public PartnerFileRouter(string outputDirectory, IReadOnlyList<IPartnerFileSink> sinks, double malformedRate, ulong seed)
    {
        root = outputDirectory;
        this.sinks = sinks;
        this.malformedRate = malformedRate;
        rng = Rng.For(seed, MalformationStream);
        Directory.CreateDirectory(Path.Combine(root, "partners"));
        Directory.CreateDirectory(Path.Combine(root, "manifest"));
        deliveries = new StreamWriter(Path.Combine(root, "partners", "deliveries.csv"), false, Utf8);
        deliveries.Write("delivered_on;format;file;rows\n");
        malformedManifest = new StreamWriter(Path.Combine(root, "manifest", "malformed.csv"), false, Utf8);
        malformedManifest.Write("file;format;row;kind;expected_reject\n");
    }

    /// <summary>Rows written per format (malformed rows included).</summary>
    public Dictionary<string, long> RowsByFormat { get; } = new(StringComparer.Ordinal);

    /// <summary>Events of types no registered format accepts (their writer does not exist yet).</summary>
    public Dictionary<string, long> Unrouted { get; } = new(StringComparer.Ordinal);

    public List<Malformation> Malformations { get; } = [];

    public void Write(FirmEvent e)
    {
        var type = e.GetType();
        if (!routes.TryGetValue(type, out var sink))
        {
            sink = sinks.FirstOrDefault(s => s.Accepts(e));
            routes[type] = sink;
        }

        if (sink is null)
        {
            var name = EventSchemas.Of(e).Name;
            Unrouted[name] = Unrouted.GetValueOrDefault(name) + 1;
            return;
        }

        var key = (sink, e.DeliveredOn);
        if (!open.TryGetValue(key, out var file))
        {
            var relative = Path.Combine("partners", e.DeliveredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sink.FileName);
            var full = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var writer = new StreamWriter(full, false, Utf8, 1 << 16) { NewLine = "\n" };
            file = new OpenFile(relative, writer, sink.Open(writer, new PartnerFileContext(e.DeliveredOn, EffectifMonths(e.DeliveredOn))));
            open.Add(key, file);
        }

        file.Write(e);
        file.Rows++;
        RowsByFormat[sink.Format] = RowsByFormat.GetValueOrDefault(sink.Format) + 1;
        if (malformedRate > 0 && rng.Bernoulli(malformedRate) && EventCorruptor.Corrupt(e, ref rng) is { } bad)
        {
            file.Write(bad.Event);
            file.Rows++;
            RowsByFormat[sink.Format] = RowsByFormat.GetValueOrDefault(sink.Format) + 1;
            Malformations.Add(new Malformation(file.Relative, sink.Format, file.Rows, bad.Kind, bad.Expected));
            malformedManifest.Write(string.Create(CultureInfo.InvariantCulture,
                $"{file.Relative.Replace('\\', '/')};{sink.Format};{file.Rows};{bad.Kind};{Domain.Validation.Reject.ToSnakeCase(bad.Expected)}\n"));
        }
    }

    public void CompleteMonth(Month month)
    {
        foreach (var ((sink, day), file) in open.OrderBy(kv => kv.Key.Day).ThenBy(kv => kv.Key.Sink.FileName, StringComparer.Ordinal))
        {
            file.Text.Dispose();
            deliveries.Write(string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd};{sink.Format};{file.Relative.Replace('\\', '/')};{file.Rows}\n"));
        }

        open.Clear();
        deliveries.Flush();
        malformedManifest.Flush();
    }

    public void Dispose()
    {
        foreach (var file in open.Values)
        {
            file.Text.Dispose();
        }

        open.Clear();
        deliveries.Dispose();
        malformedManifest.Dispose();
    }

    /// <summary>The month columns of the effectif delivery of a day (the window it covers).</summary>
    public static IReadOnlyList<Month> EffectifMonths(DateOnly day)
    {
        var last = Delivery.DeliveryCalendar.EffectifLastMonth(Month.From(day));
        return [.. Enumerable.Range(0, Delivery.DeliveryCalendar.EffectifWindow).Select(k => last.AddMonths(k + 1 - Delivery.DeliveryCalendar.EffectifWindow))];
    }

    private sealed class OpenFile(string relative, StreamWriter text, Action<FirmEvent> write)
    {
        public string Relative { get; } = relative;

        public StreamWriter Text { get; } = text;

        public Action<FirmEvent> Write { get; } = write;

        public long Rows { get; set; }
    }
}
