using SignauxFaibles.Admin;

return await AdminCommands.RunAsync(args);
