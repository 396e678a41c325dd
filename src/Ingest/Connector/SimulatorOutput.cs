using System.Globalization;

namespace SignauxFaibles.Ingest.Connector;

/// <summary>
/// The files of a simulator output folder (docs/simulator.md), in delivery order: the partner files listed
/// in <c>partners/deliveries.csv</c> (delivery date and format from the listing), or, when the run wrote
/// no partner files or events are preferred, the normalised stream <c>events.jsonl</c>.
/// Never both: they hold the same events.
/// </summary>
public static class SimulatorOutput
{
    public static IReadOnlyList<ConnectorFile> Files(string directory, bool preferEvents, out IReadOnlyList<string> problems)
    {
        var found = new List<ConnectorFile>();
        var issues = new List<string>();
        problems = issues;
        var listing = Path.Combine(directory, "partners", "deliveries.csv");
        if (!preferEvents && File.Exists(listing))
        {
            foreach (var line in File.ReadLines(listing).Skip(1))
            {
                var cells = line.Split(';');
                if (cells.Length < 3)
                {
                    continue;
                }

                if (!PartnerReaders.TryGet(cells[1], out var reader))
                {
                    issues.Add($"{cells[2]}: no reader for format '{cells[1]}'");
                    continue;
                }

                DateOnly? day = DateOnly.TryParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                found.Add(new ConnectorFile(reader, Path.Combine(directory, cells[2]), day));
            }
        }

        var events = Path.Combine(directory, "events.jsonl");
        if (found.Count == 0 && File.Exists(events))
        {
            found.Add(new ConnectorFile(new EventLinesReader(), events, null));
        }

        if (found.Count == 0)
        {
            issues.Add($"{directory} holds neither partners/deliveries.csv with files nor events.jsonl");
        }

        return found;
    }
}
