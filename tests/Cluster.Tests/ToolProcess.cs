using System.Diagnostics;

namespace SignauxFaibles.Cluster.Tests;

/// <summary>Runs a short command to its end (bounded) and fails loudly with its output when it does not succeed.</summary>
internal static class ToolProcess
{
    public static async Task<string> RunAsync(string file, IEnumerable<string> args, TimeSpan timeout, string what)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file} ({what})");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what}: {file} did not finish within {timeout}");
        }

        var output = await stdout + await stderr;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what}: {file} {string.Join(' ', info.ArgumentList)} exited {process.ExitCode}:\n{output}");
        }

        return output;
    }

    /// <summary>Sends <paramref name="signal"/> (e.g. -TERM, -INT) to the process <paramref name="pid"/>.</summary>
    public static Task SignalAsync(int pid, string signal) =>
        RunAsync("kill", [signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10), $"kill {signal} {pid}");

    /// <summary>True while the process <paramref name="pid"/> runs (a zombie waiting for its parent counts as gone).</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // pid (comm) S ...: the state follows the last ')'.
            return stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault() is not ('Z' or 'X');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
