using System.Diagnostics;

namespace SignauxFaibles.Repository.Tests;

/// <summary>
/// The scripts exit 0 when they succeed (the README chains them with <c>&amp;&amp;</c>) and non-zero with a
/// message on misuse. <c>services.sh start</c> is idempotent: during the test command the services are
/// already up, so these calls only check them and leave everything as it is.
/// </summary>
public class ScriptExitCodeTests
{
    [Theory]
    [Trait("Category", "Kafka")]
    [Trait("Category", "Postgres")]
    [InlineData("services.sh", "start", "kafka")]
    [InlineData("services.sh", "start", "postgres")]
    [InlineData("services.sh", "start")]
    [InlineData("services.sh", "status")]
    [InlineData("create-topics.sh", "--list")]
    public async Task Script_ThatSucceeds_ExitsZero(string script, params string[] arguments)
    {
        var (code, output) = await Run(script, arguments);
        Assert.True(code == 0, $"scripts/{script} {string.Join(' ', arguments)} exited {code}:\n{output}");
    }

    [Theory]
    [InlineData("services.sh")]
    [InlineData("services.sh", "restart")]
    [InlineData("services.sh", "start", "redis")]
    public async Task Script_Misused_ExitsNonZeroWithUsage(string script, params string[] arguments)
    {
        var (code, output) = await Run(script, arguments);
        Assert.NotEqual(0, code);
        Assert.Contains("usage", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EveryScript_ParsesAndStartsStrict()
    {
        var scripts = RepositoryTree.Files("scripts", ".sh").Append(RepositoryFiles.File(".ci/run")).ToList();
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            var (code, output) = await Run("bash", ["-n", script], raw: true);
            Assert.True(code == 0, $"{RepositoryTree.Relative(script)} does not parse:\n{output}");
            Assert.Contains("set -euo pipefail", await File.ReadAllTextAsync(script), StringComparison.Ordinal);
        }
    }

    private static async Task<(int Code, string Output)> Run(string script, string[] arguments, bool raw = false)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryFiles.Root };
        if (!raw)
        {
            start.ArgumentList.Add(RepositoryFiles.File(Path.Combine("scripts", script)));
        }
        else
        {
            start.FileName = script;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {script}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} {string.Join(' ', arguments)} did not finish within 5 minutes");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
