namespace SignauxFaibles.Formats.Core.NamedColumns;

/// <summary>Where one field lies in its line: its raw characters and whether they are enclosed in quotes.</summary>
internal readonly record struct DelimitedField(int Start, int Length, bool Quoted);
