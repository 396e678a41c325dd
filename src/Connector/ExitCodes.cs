namespace SignauxFaibles.Connector;

/// <summary>Exit statuses of the connector (documented in README.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 2;
    public const int BrokerUnreachable = 3;
    public const int DeliveryFailed = 4;
    public const int FileUnreadable = 5;
}
