namespace SignauxFaibles.Formats.Core.NamedColumns;

/// <summary>Turns one well-formed line of a format into an outcome; never throws on content.</summary>
internal delegate NamedColumnsOutcome NamedColumnsLineParser(in NamedColumnsLine line, ReadOptions options);
