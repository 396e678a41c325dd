using Orleans.Runtime;
using Orleans.Storage;

namespace SignauxFaibles.Grains.Tests.Infrastructure;

/// <summary>
/// Injected storage faults, shared by a silo's <see cref="FaultyGrainStorage"/>: while <see cref="WritesDown"/>
/// is set, or for the next <see cref="FailNextWrites"/> writes, writes throw before reaching the store.
/// </summary>
public sealed class StorageFaults
{
    private int failNext;
    private int writes;
    private int failedWrites;

    private volatile bool writesDown;

    /// <summary>Every write fails while true (a storage outage).</summary>
    public bool WritesDown
    {
        get => writesDown;
        set => writesDown = value;
    }

    /// <summary>Writes that reached the real store.</summary>
    public int Writes => Volatile.Read(ref writes);

    /// <summary>Writes refused by an injected fault.</summary>
    public int FailedWrites => Volatile.Read(ref failedWrites);

    public void FailNextWrites(int count) => Volatile.Write(ref failNext, count);

    internal void BeforeWrite()
    {
        if (writesDown || Interlocked.Decrement(ref failNext) >= 0)
        {
            Interlocked.Increment(ref failedWrites);
            throw new TimeoutException("injected storage fault: the write did not reach the store");
        }

        Interlocked.Exchange(ref failNext, Math.Max(0, Volatile.Read(ref failNext)));
    }

    internal void AfterWrite() => Interlocked.Increment(ref writes);
}

/// <summary>A real grain storage (the memory provider) behind a switch that makes its writes fail.</summary>
public sealed class FaultyGrainStorage(IGrainStorage inner, StorageFaults faults) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        faults.BeforeWrite();
        await inner.WriteStateAsync(stateName, grainId, grainState);
        faults.AfterWrite();
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
