using System.Diagnostics;

namespace SignauxFaibles.Ingest.Bench;

/// <summary>
/// Process-wide costs over a phase: CPU time (user + system, every thread), GC counts, pause time and bytes
/// allocated. On a machine shared with other jobs, CPU per event is steadier than wall-clock throughput.
/// </summary>
internal sealed class ProcessMeter
{
    private readonly TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly TimeSpan pauses = GC.GetTotalPauseDuration();
    private readonly long allocated = GC.GetTotalAllocatedBytes();
    private readonly int gen0 = GC.CollectionCount(0);
    private readonly int gen1 = GC.CollectionCount(1);
    private readonly int gen2 = GC.CollectionCount(2);
    private readonly Stopwatch wall = Stopwatch.StartNew();

    public string Summary(long events)
    {
        var cpuNow = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var pauseNow = GC.GetTotalPauseDuration() - pauses;
        var bytes = GC.GetTotalAllocatedBytes() - allocated;
        var perEvent = events > 0 ? cpuNow.TotalMicroseconds / events : 0;
        var info = GC.GetGCMemoryInfo();
        return $"cpu {cpuNow.TotalSeconds:F1} s over {wall.Elapsed.TotalSeconds:F1} s wall ({perEvent:F1} us cpu/event); " +
            $"GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}: gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}, " +
            $"paused {pauseNow.TotalSeconds:F1} s, allocated {bytes / 1e9:F2} GB ({(events > 0 ? bytes / events : 0):N0} B/event), heap {info.HeapSizeBytes / 1e6:N0} MB";
    }
}
