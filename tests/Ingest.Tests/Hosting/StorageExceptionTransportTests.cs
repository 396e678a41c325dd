using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Serialization;
using SignauxFaibles.Silo.Hosting;

namespace SignauxFaibles.Ingest.Tests.Hosting;

/// <summary>
/// A storage failure met by a silo while activating a grain goes back to the caller as an exception whose
/// inner exception comes from the PostgreSQL driver: it must cross the wire as such, or the caller gets a
/// serializer error and the ingest blames the events.
/// </summary>
public class StorageExceptionTransportTests
{
    private static readonly OrleansException StorageFailure = new(
        "Error from storage provider AdoNetGrainStorage.firms during ReadStateAsync for grain firm/123456789",
        new NpgsqlException("Failed to connect to 127.0.0.1:5432"));

    [Fact]
    public void ADriverException_CrossesTheWire_WithTheSilosSerializer()
    {
        var copy = RoundTrip(new ServiceCollection().AddSerializer().AddStorageExceptionTransport());

        var failure = Assert.IsType<OrleansException>(copy);
        Assert.Equal(StorageFailure.Message, failure.Message);
        Assert.IsType<NpgsqlException>(failure.InnerException);
        Assert.Equal("Failed to connect to 127.0.0.1:5432", failure.InnerException!.Message);
    }

    [Fact]
    public void WithoutIt_TheAnswerItselfFails()
    {
        Assert.ThrowsAny<SerializerException>(() => RoundTrip(new ServiceCollection().AddSerializer()));
    }

    private static Exception RoundTrip(IServiceCollection services)
    {
        using var provider = services.BuildServiceProvider();
        var serializer = provider.GetRequiredService<Serializer>();
        return serializer.Deserialize<Exception>(serializer.SerializeToArray<Exception>(StorageFailure))!;
    }
}
