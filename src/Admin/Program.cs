using SignauxFaibles.Admin;

return await AdminCommands.RunAsync(args, Console.Out, Console.Error);
