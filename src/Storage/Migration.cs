namespace SignauxFaibles.Storage;

/// <summary>One versioned schema step: <c>Migrations/NNNN_name.sql</c> embedded in this assembly.</summary>
/// <param name="Version">The number in the file name; applied in increasing order, each once.</param>
/// <param name="Name">The rest of the file name, recorded with the version.</param>
/// <param name="Sql">The script, run in one transaction with its <c>schema_version</c> row.</param>
public sealed record Migration(int Version, string Name, string Sql);
