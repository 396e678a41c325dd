using System.CommandLine;
using SignauxFaibles.Simulator.Cli;

namespace SignauxFaibles.Simulator.Tests;

public sealed class CommandTests
{
    [Fact]
    public void Help_ExplainsEveryOption()
    {
        var output = new StringWriter();
        var exit = SimulatorCommand.Build().Parse(["--help"]).Invoke(new InvocationConfiguration { Output = output });
        Assert.Equal(0, exit);
        var text = output.ToString();
        foreach (var option in new[] { "--seed", "--firms", "--months", "--out", "--start", "--crisis", "--malformed-rate", "--no-partner-files", "--no-hazard-file", "--threads" })
        {
            Assert.Contains(option, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--crisis", "2020-13:3")]
    [InlineData("--start", "January")]
    [InlineData("--firms", "50")]
    public void Invoke_WithABadOption_FailsWithoutRunning(string option, string value)
    {
        var dir = RunOutput.TempDirectory("cli");
        try
        {
            var exit = SimulatorCommand.Build().Parse(["--out", dir, option, value]).Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null });
            Assert.NotEqual(0, exit);
            Assert.False(File.Exists(Path.Combine(dir, "events.jsonl")));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
