using System.CommandLine;

namespace SignauxFaibles.Client;

/// <summary>The command line: connection options shared by every command, then one command per task.</summary>
internal static class ClientCommands
{
    public static RootCommand Build()
    {
        var gatewayPort = new Option<int>("--gateway-port")
        {
            Description = "Gateway port of a silo on this machine (Orleans:Endpoints:GatewayPort).",
            DefaultValueFactory = _ => 30000,
            Recursive = true,
        };
        var clusterId = new Option<string>("--cluster-id")
        {
            Description = "Cluster id of the silo (Orleans:ClusterId).",
            DefaultValueFactory = _ => "signaux-faibles-dev",
            Recursive = true,
        };
        var serviceId = new Option<string>("--service-id")
        {
            Description = "Service id of the silo (Orleans:ServiceId).",
            DefaultValueFactory = _ => "signaux-faibles",
            Recursive = true,
        };
        var attempts = new Option<int>("--attempts")
        {
            Description = "Connection attempts, one second apart, before giving up (exit code 2).",
            DefaultValueFactory = _ => 3,
            Recursive = true,
        };

        var membership = new Option<string?>("--membership")
        {
            Description = "Find the gateways in the silos' PostgreSQL membership table (Npgsql connection string; " +
                "default: environment ConnectionStrings__Orleans when set) instead of --gateway-port.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ConnectionStrings__Orleans"),
            Recursive = true,
        };

        ConnectionSettings Settings(ParseResult parse) => new(
            parse.GetValue(gatewayPort),
            parse.GetValue(clusterId)!,
            parse.GetValue(serviceId)!,
            Math.Max(1, parse.GetValue(attempts)),
            parse.GetValue(membership) is { Length: > 0 } m ? m : null);

        var root = new RootCommand("Signaux Faibles client: shows a firm's alert level and its explanation, and follows alerts live.")
        {
            gatewayPort, clusterId, serviceId, attempts, membership,
            FirmCommand.Build(Settings),
            AlertsCommand.Build(Settings),
            ModelCommand.Build(Settings),
        };
        return root;
    }
}
