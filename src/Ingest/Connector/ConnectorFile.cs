using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Ingest.Connector;

/// <summary>One file to produce: its reader and the day it was delivered (null when the file does not say).</summary>
public sealed record ConnectorFile(IPartnerFileReader Reader, string Path, DateOnly? DeliveredOn);
