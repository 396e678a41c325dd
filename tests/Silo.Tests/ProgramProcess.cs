using System.Diagnostics;
using System.Text;

namespace SignauxFaibles.Silo.Tests;

/// <summary>A built program of the repository run as a child process, its output captured.</summary>
internal sealed class ProgramProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ProgramProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The process id (what a test signals: only processes it started).</summary>
    public int Id => _process.Id;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <c>dotnet src/{project}/bin/{configuration}/net10.0/{assembly}.dll args</c>.</summary>
    public static ProgramProcess Start(string project, string assembly, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = Path.Combine(RepositoryPaths.Root, "src", project, "bin", RepositoryPaths.Configuration, "net10.0", assembly + ".dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is not built (build the solution in {RepositoryPaths.Configuration} first)", dll);
        }

        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return new ProgramProcess(Process.Start(info) ?? throw new InvalidOperationException($"could not start {dll}"));
    }

    /// <summary>Waits for the exit; kills the process and fails when it takes longer than <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the program did not exit within {timeout}; output:\n{Output}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Asks the program to stop as Ctrl-C would (SIGINT), then waits for it.</summary>
    public Task<int> InterruptAsync(TimeSpan timeout) => SignalAsync("-INT", timeout);

    /// <summary>Asks the program to stop as an orchestrator would (SIGTERM), then waits for it.</summary>
    public Task<int> TerminateAsync(TimeSpan timeout) => SignalAsync("-TERM", timeout);

    private async Task<int> SignalAsync(string signal, TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", [signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill!.WaitForExitAsync();
        }

        return await WaitForExitAsync(timeout);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
