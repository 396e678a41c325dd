using SignauxFaibles.Simulator.Cli;

return await SimulatorCommand.Build().Parse(args).InvokeAsync();
