using SignauxFaibles.Bench.GrainMemory;

return await MemoryBench.Command().Parse(args).InvokeAsync();
