using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using SignauxFaibles.Grains.Firms;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Grains.Tests.StateContract;

/// <summary>
/// The firm state is a versioned contract (docs/durability.md, "State as a versioned contract"): rows written
/// by an earlier state version must read back, through the storage serializer the silo uses, as what they
/// held. <c>fixtures/firm-state-v1.bin</c> was written by state version 1 (commit 678d28b, before the
/// <c>Day</c> member) with its summary beside it; renaming or moving a stored type without keeping its alias,
/// or renumbering a member, fails here.
/// </summary>
/// <remarks>
/// To add a fixture for a new state version: <c>SF_WRITE_STATE_FIXTURE=v2 dotnet test tests/Grains.Tests
/// --filter StateContractTests</c> writes <c>firm-state-v2.bin</c> and its summary into the fixtures folder
/// of the source tree; commit both and add the version to <see cref="Versions"/>.
/// </remarks>
public class StateContractTests
{
    public static TheoryData<string> Versions => ["v1"];

    private static readonly Lazy<IGrainStorageSerializer> Serializer = new(() =>
    {
        var services = new ServiceCollection()
            .AddSerializer(b => b.AddAssembly(typeof(FirmGrainState).Assembly))
            .BuildServiceProvider();
        return new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>());
    });

    [Theory]
    [MemberData(nameof(Versions))]
    public void AStateWrittenByAnEarlierVersion_ReadsBackAsWhatItHeld(string version)
    {
        var bytes = File.ReadAllBytes(FixturePath($"firm-state-{version}.bin"));
        var expected = File.ReadAllText(FixturePath($"firm-state-{version}.summary.json")).ReplaceLineEndings("\n");

        var state = Serializer.Value.Deserialize<FirmGrainState>(new BinaryData(bytes)) ?? throw new InvalidDataException("the fixture read as null");

        Assert.Equal(expected, FirmStateSummary.Of(state));
    }

    [Fact]
    public void TheCurrentVersion_RoundTripsThroughTheStorageSerializer()
    {
        var state = FirmStateFixture.Build();

        var back = Serializer.Value.Deserialize<FirmGrainState>(Serializer.Value.Serialize(state)) ?? throw new InvalidDataException("the state read back as null");

        Assert.Equal(FirmStateSummary.Of(state), FirmStateSummary.Of(back));
        Assert.Equal(state.History!.Siren, back.History!.Siren);
        Assert.Equal(state.History.Debits.Select(d => d.ToString()), back.History.Debits.Select(d => d.ToString()));

        if (Environment.GetEnvironmentVariable("SF_WRITE_STATE_FIXTURE") is { Length: > 0 } version)
        {
            // Making a fixture for a new state version (see the remarks).
            var folder = Path.GetDirectoryName(FixturePath("x"))!;
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, $"firm-state-{version}.bin"), Serializer.Value.Serialize(state).ToArray());
            File.WriteAllText(Path.Combine(folder, $"firm-state-{version}.summary.json"), FirmStateSummary.Of(state));
        }
    }

    private static string FixturePath(string name) =>
        Path.Combine(RepositoryFiles.Root, "tests", "Grains.Tests", "StateContract", "fixtures", name);
}
