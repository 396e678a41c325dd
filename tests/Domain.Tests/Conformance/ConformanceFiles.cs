namespace SignauxFaibles.Domain.Tests.Conformance;

/// <summary>Locates the vendored conformance corpus; a missing file fails the test, it never skips it.</summary>
internal static class ConformanceFiles
{
    /// <summary>The full path of a file under <c>tests/conformance/opensignauxfaibles/</c>.</summary>
    public static string Path(string relative) => RepositoryFiles.Conformance(relative);
}
