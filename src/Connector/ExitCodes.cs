namespace SignauxFaibles.Connector;

/// <summary>Exit statuses of the connector (documented in README.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 2;
    public const int BrokerUnreachable = 3;
    public const int DeliveryFailed = 4;
    public const int FileUnreadable = 5;

    /// <summary><c>validate</c>: the file is readable but some lines would be rejected.</summary>
    public const int RejectsFound = 6;

    /// <summary>Stopped by Ctrl-C or SIGTERM before the end.</summary>
    public const int Cancelled = 130;
}
