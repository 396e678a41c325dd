using SignauxFaibles.Training.Cli;

return await TrainCommand.Build().Parse(args).InvokeAsync();
