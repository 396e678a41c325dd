using SignauxFaibles.Domain.Reference;

namespace SignauxFaibles.Web.Lists;

/// <summary>The activity label of a NAF code as the list shows it: its section's label (the finest level the domain holds).</summary>
public static class NafLabels
{
    public static string? Label(string? naf) =>
        NafNomenclature.SectionOf(naf) is { } s && NafNomenclature.Sections.TryGetValue(s.ToString(), out var label) ? label : null;
}
