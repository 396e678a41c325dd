namespace SignauxFaibles.Ingest.Connector;

/// <summary>Progress of one file: lines read so far and how they went.</summary>
public readonly record struct ConnectorProgress(string File, long LinesRead, long Accepted, long Rejected, long BytesRead, long BytesTotal);
