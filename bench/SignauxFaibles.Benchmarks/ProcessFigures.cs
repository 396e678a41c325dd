using System.Diagnostics;

namespace SignauxFaibles.Benchmarks;

/// <summary>Memory figures of the current process, printed next to the benchmark results.</summary>
public static class ProcessFigures
{
    public static string Describe(string when)
    {
        using var process = Process.GetCurrentProcess();
        return $"[{when}] peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MiB, "
             + $"GC heap {GC.GetTotalMemory(false) / (1024 * 1024)} MiB, "
             + $"total allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MiB, gen0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}";
    }
}
