namespace SignauxFaibles.Storage;

/// <summary>What one migrator run did.</summary>
/// <param name="FromVersion">The schema version found (0 = empty database).</param>
/// <param name="ToVersion">The schema version left.</param>
/// <param name="Applied">The versions this run applied (empty when the database was current).</param>
public sealed record MigrationResult(int FromVersion, int ToVersion, IReadOnlyList<int> Applied);
