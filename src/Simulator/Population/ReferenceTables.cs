using System.Collections.Frozen;
using SignauxFaibles.Domain.Reference;

namespace SignauxFaibles.Simulator.Population;

/// <summary>
/// The INSEE nomenclatures the population is drawn from: NAF rev. 2 sub-classes with their section, and
/// départements with their région. Loaded once from the tables the domain embeds (<see cref="ReferenceTable"/>).
/// </summary>
public sealed class ReferenceTables
{
    private static readonly Lazy<ReferenceTables> Instance = new(Load);

    private ReferenceTables(IReadOnlyList<NafSubClass> subClasses, IReadOnlyList<Departement> departements)
    {
        SubClasses = subClasses;
        Departements = departements;
        BySection = subClasses.GroupBy(s => s.Section).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<NafSubClass>)[.. g]);
    }

    public static ReferenceTables Default => Instance.Value;

    public IReadOnlyList<NafSubClass> SubClasses { get; }

    public IReadOnlyList<Departement> Departements { get; }

    public FrozenDictionary<char, IReadOnlyList<NafSubClass>> BySection { get; }

    private static ReferenceTables Load()
    {
        var labels = ReferenceTable.Rows("naf5.csv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var subClasses = ReferenceTable.Rows("5to1.csv")
            .Select(r => new NafSubClass(ToApe(r[0]), r[1][0], int.Parse(r[0].AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture), labels.GetValueOrDefault(r[0], "")))
            .ToList();
        var departements = ReferenceTable.Rows("departements.csv")
            .Select(r => new Departement(r[0], r[1], r[2], r[3]))
            .ToList();
        return new ReferenceTables(subClasses, departements);
    }

    /// <summary>"2562B" -> "25.62B", the form Sirene and the events use.</summary>
    private static string ToApe(string code) => string.Concat(code.AsSpan(0, 2), ".", code.AsSpan(2));
}

/// <summary>A NAF rev. 2 sub-class ("25.62B"), its section letter and division number.</summary>
public sealed record NafSubClass(string Ape, char Section, int Division, string Label);

/// <summary>A département and its région (code "00" for the overseas collectivities).</summary>
public sealed record Departement(string Code, string Name, string RegionCode, string RegionName);
