using SignauxFaibles.Ingest.Connector;

namespace SignauxFaibles.Connector;

/// <summary>Progress on standard error, at most twice a second, so standard output holds only the summaries.</summary>
internal sealed class ConsoleProgress : IProgress<ConnectorProgress>
{
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
    private long lastReport = -1_000;
    private ConnectorProgress last;

    public void Report(ConnectorProgress value)
    {
        last = value;
        var now = clock.ElapsedMilliseconds;
        if (now - lastReport >= 500)
        {
            lastReport = now;
            Write(value);
        }
    }

    public void Done()
    {
        Write(last);
        Console.Error.WriteLine();
        lastReport = -1_000;
    }

    private static void Write(ConnectorProgress value)
    {
        var percent = value.BytesTotal > 0 ? 100.0 * value.BytesRead / value.BytesTotal : 100;
        Console.Error.Write($"\r{Path.GetFileName(value.File)}: {percent,5:F1}%  {value.LinesRead:N0} lines, {value.Accepted:N0} accepted, {value.Rejected:N0} rejected   ");
    }
}
