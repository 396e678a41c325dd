namespace SignauxFaibles.ReadModel;

/// <summary>
/// Where the read model lives (configuration section <c>ReadModel</c>). The embedded default is an
/// in-memory SQLite database that lives as long as the process; production uses PostgreSQL.
/// </summary>
public sealed class ReadModelOptions
{
    public const string SectionName = "ReadModel";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public ReadModelProvider Provider { get; set; } = ReadModelProvider.Sqlite;

    /// <summary>
    /// The connection string. Sqlite default: a shared in-memory database (<c>Data Source=sf-readmodel;Mode=Memory;Cache=Shared</c>);
    /// a file path (<c>Data Source=/var/lib/sf/readmodel.db</c>) keeps it across restarts. Required for Postgres.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Days the projection's clock (latest delivery date seen) must be past a list's cut-off before the list
    /// is closed automatically, so firms still catching up get their own entry (docs/lists.md). Default 5.
    /// </summary>
    public int CloseGraceDays { get; set; } = 5;
}

/// <summary>The read model's store.</summary>
public enum ReadModelProvider
{
    Sqlite,
    Postgres,
}
