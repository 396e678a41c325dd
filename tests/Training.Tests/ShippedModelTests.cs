using System.Diagnostics;
using SignauxFaibles.Models;
using SignauxFaibles.TestSupport;
using Xunit.Abstractions;

namespace SignauxFaibles.Training.Tests;

/// <summary>
/// Issue #15, "learned model by default": the artifact shipped in <c>models/</c> is valid, is the one the
/// silo activates by default, and is exactly what its documented command (scripts/train-default-model.sh)
/// produces: that test runs the command (simulation and training, about a minute) and compares content hashes.
/// </summary>
public sealed class ShippedModelTests(ITestOutputHelper output)
{
    private static string ShippedId => ShippedModel.Id;

    private static string ShippedDirectory => RepositoryFiles.Inside(Path.Combine("models", ShippedId));

    [Fact]
    public void Shipped_ActiveByDefault_IsAValidTreeEnsembleArtifact()
    {
        Assert.True(Directory.Exists(ShippedDirectory), $"Models:Active is '{ShippedId}' but models/{ShippedId} is not in the repository");

        var artifact = new ModelArtifactReader([new TreeEnsembleScorerFactory(), new TransparentScorerFactory()]).Read(ShippedDirectory);

        Assert.Equal(ShippedId, artifact.Manifest.Id);
        Assert.Equal(ModelKinds.TreeEnsemble, artifact.Manifest.Kind);
        Assert.Equal(ShippedId, artifact.Scorer.Model.Id);
        Assert.True(artifact.Manifest.Metrics["auc"] > 0.8, $"shipped model's evaluation AUC {artifact.Manifest.Metrics["auc"]}");
    }

    [Fact]
    public void Shipped_ActiveInComposeAndDocumented()
    {
        Assert.Contains($"Models__Active: {ShippedId}", File.ReadAllText(RepositoryFiles.File("docker-compose.yml")), StringComparison.Ordinal);
        Assert.Contains($"Models:Active", File.ReadAllText(RepositoryFiles.File("models/README.md")), StringComparison.Ordinal);
        Assert.Contains(ShippedId, File.ReadAllText(RepositoryFiles.File("models/README.md")), StringComparison.Ordinal);
        Assert.Contains(ShippedId, File.ReadAllText(RepositoryFiles.File("scripts/train-default-model.sh")), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Shipped_ContentHash_IsWhatTheDocumentedCommandProduces()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var start = new ProcessStartInfo("bash", [RepositoryFiles.File("scripts/train-default-model.sh"), "--check"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryFiles.Root,
        };

        // The suite's build has built the simulator and the trainer in this configuration.
        start.Environment["SF_NO_BUILD"] = "1";
        start.Environment["CONFIG"] = configuration;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"scripts/train-default-model.sh --check did not finish in 10 minutes:\n{await stdout}\n{await stderr}");
        }

        var text = $"{await stdout}\n{await stderr}";
        output.WriteLine(text);
        Assert.True(process.ExitCode == 0, $"scripts/train-default-model.sh --check exited with {process.ExitCode}:\n{text}");
        var manifest = ModelArtifactReader.ReadManifest(ShippedDirectory);
        Assert.Contains($"identical: {ShippedId} {manifest.ContentHash}", text, StringComparison.Ordinal);
    }
}
