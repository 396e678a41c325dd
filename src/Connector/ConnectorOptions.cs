using System.CommandLine;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Ingest.Connector;

namespace SignauxFaibles.Connector;

/// <summary>The options the commands share (a command lists those it takes).</summary>
internal static class ConnectorOptions
{
    public static readonly Option<string?> Format = new("--format") { Description = $"Format of --file, overriding the guess from its name: {string.Join(", ", PartnerReaders.Formats)}." };
    public static readonly Option<FileInfo?> File = new("--file") { Description = "Partner file to read." };
    public static readonly Option<DirectoryInfo?> Simulator = new("--from-simulator") { Description = "A simulator output folder: the partner files of partners/deliveries.csv in delivery order, or events.jsonl when there are none." };
    public static readonly Option<bool> Events = new("--events") { Description = "With --from-simulator: read events.jsonl even when partner files exist." };
    public static readonly Option<string?> Delivered = new("--delivered") { Description = "When the partner delivered the file: a date (yyyy-MM-dd) or a timestamp (yyyy-MM-ddTHH:mm[:ss][offset]). Default: now." };
    public static readonly Option<string> Encoding = new("--encoding") { Description = $"Text encoding of delimited files: {string.Join(", ", TextEncodings.Names)} (auto: byte order mark, else UTF-8 when valid, else cp1252; reported). Default auto.", DefaultValueFactory = _ => "auto" };
    public static readonly Option<bool> ShapeOnly = new("--shape-only") { Description = "Do not verify SIREN/SIRET check digits (anonymised test files)." };
    public static readonly Option<string?> Bootstrap = new("--bootstrap") { Description = "Kafka bootstrap servers (overrides Kafka:BootstrapServers)." };
    public static readonly Option<string?> Environment = new("--environment") { Description = "Configuration environment: loads appsettings.<env>.json (e.g. Local for the test broker). Default: DOTNET_ENVIRONMENT." };
    public static readonly Option<string[]> Set = new("--set") { Description = "Extra librdkafka property key=value for the producer (repeatable).", AllowMultipleArgumentsPerToken = false };
    public static readonly Option<int> Sample = new("--sample") { Description = "Print the first N events the file would produce (JSON lines). Default 0.", DefaultValueFactory = _ => 0 };
    public static readonly Option<int> MaxRejects = new("--max-rejects") { Description = "Rejected lines printed per file (counts are always complete). Default 100.", DefaultValueFactory = _ => 100 };
}
