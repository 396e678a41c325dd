using System.Collections.Frozen;

namespace SignauxFaibles.Simulator.Population;

/// <summary>
/// Relative weights of départements in the population of employer firms: large urban départements carry
/// several times the weight of rural ones. Rounded orders of magnitude of INSEE establishment counts, not data.
/// </summary>
internal static class DepartementWeights
{
    private const double Default = 5;

    private static readonly FrozenDictionary<string, double> Weights = new Dictionary<string, double>
    {
        ["75"] = 55, ["92"] = 30, ["69"] = 30, ["13"] = 30, ["59"] = 36, ["33"] = 22, ["31"] = 20, ["94"] = 18,
        ["93"] = 20, ["44"] = 20, ["67"] = 18, ["06"] = 17, ["78"] = 15, ["91"] = 15, ["77"] = 15, ["95"] = 14,
        ["76"] = 18, ["34"] = 16, ["38"] = 18, ["62"] = 18, ["35"] = 16, ["57"] = 13, ["74"] = 13, ["29"] = 12,
        ["83"] = 13, ["49"] = 12, ["54"] = 10, ["45"] = 11, ["63"] = 10, ["21"] = 9, ["37"] = 9, ["60"] = 10,
        ["68"] = 12, ["56"] = 10, ["72"] = 9, ["17"] = 9, ["64"] = 10, ["30"] = 10, ["84"] = 9, ["42"] = 10,
        ["01"] = 10, ["85"] = 11, ["22"] = 8, ["14"] = 9, ["51"] = 8, ["25"] = 8, ["26"] = 8, ["71"] = 7,
        ["48"] = 1.5, ["23"] = 1.5, ["90"] = 2.5, ["04"] = 2.5, ["05"] = 2.5, ["09"] = 2, ["15"] = 2, ["2A"] = 2.5,
        ["2B"] = 2.5, ["32"] = 2.5, ["46"] = 2.5, ["52"] = 2.5, ["55"] = 2.5, ["58"] = 3, ["70"] = 3, ["82"] = 3.5,
        ["971"] = 3, ["972"] = 3, ["973"] = 1.5, ["974"] = 5, ["976"] = 0.7,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static double Of(string code) => Weights.GetValueOrDefault(code, Default);
}
