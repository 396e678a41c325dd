namespace SignauxFaibles.Admin;

/// <summary>sf-admin's exit codes (src/Admin/README.md).</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The database refused or could not be reached.</summary>
    public const int DatabaseError = 1;

    /// <summary><c>deadletter replay</c>: a dead letter could not be replayed, or the topic could not be read to its end.</summary>
    public const int ReplayFailed = 1;

    /// <summary>Bad command line or configuration (including no connection string).</summary>
    public const int Usage = 2;

    /// <summary>The database schema is newer than this build.</summary>
    public const int SchemaTooNew = 3;

    /// <summary>The Kafka broker could not be reached, or the topic does not exist.</summary>
    public const int BrokerUnavailable = 4;

    /// <summary>Stopped by Ctrl-C or SIGTERM (128 + SIGINT).</summary>
    public const int Cancelled = 130;
}
