using SignauxFaibles.Client;

return await ClientCommands.Build().Parse(args).InvokeAsync();
