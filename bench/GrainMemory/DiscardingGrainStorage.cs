using Orleans.Storage;

namespace SignauxFaibles.Bench.GrainMemory;

/// <summary>
/// A grain storage that keeps nothing in this process, standing for the production database (PostgreSQL):
/// what is measured is then the activations, not a second in-process copy of every state.
/// </summary>
internal sealed class DiscardingGrainStorage : IGrainStorage
{
    private long _etag;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        grainState.ETag = Interlocked.Increment(ref _etag).ToString(System.Globalization.CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;
}
