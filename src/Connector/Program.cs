using System.CommandLine;
using SignauxFaibles.Connector;

return await ConnectorCommands.Build().Parse(args).InvokeAsync();
