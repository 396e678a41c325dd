namespace SignauxFaibles.Storage;

/// <summary>
/// The database carries migrations this build does not know: a newer release migrated it. Running older
/// code against it could misread or overwrite state, so the migrator (and a silo that migrates) stops.
/// </summary>
public sealed class SchemaTooNewException(int databaseVersion, int codeVersion)
    : Exception($"the database schema is at version {databaseVersion}, newer than this build's {codeVersion}: upgrade the code, never downgrade the schema")
{
    public int DatabaseVersion { get; } = databaseVersion;

    public int CodeVersion { get; } = codeVersion;
}
