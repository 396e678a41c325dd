using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using SignauxFaibles.Contracts;

namespace SignauxFaibles.Ingest.Scores;

/// <summary>The <c>figures</c> object of a score change (docs/kafka.md): the detection-row figures the read model projects.</summary>
public static class ScoreFiguresJson
{
    public static void Write(Utf8JsonWriter w, DetectionFigures? figures)
    {
        if (figures is null)
        {
            return;
        }

        w.WriteStartObject("figures");
        WriteString(w, "raisonSociale", figures.RaisonSociale);
        WriteString(w, "departement", figures.Departement);
        w.WriteStartArray("departements");
        foreach (var d in figures.Departements)
        {
            w.WriteStringValue(d);
        }

        w.WriteEndArray();
        WriteString(w, "ape", figures.Ape);
        WriteString(w, "dateCreation", figures.DateCreation?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("procedure", figures.Procedure);
        WriteString(w, "procedureDate", figures.ProcedureDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteBoolean("detteUrssafEnHausse", figures.DetteUrssafEnHausse);
        w.WriteBoolean("activitePartielleRecente", figures.ActivitePartielleRecente);
        w.WriteBoolean("delaiUrssafEnCours", figures.DelaiUrssafEnCours);
        WriteNumber(w, "effectif", figures.Effectif);
        WriteNumber(w, "chiffreAffaires", figures.ChiffreAffaires);
        WriteNumber(w, "chiffreAffairesVariation", figures.ChiffreAffairesVariation);
        WriteNumber(w, "resultatExploitation", figures.ResultatExploitation);
        WriteNumber(w, "excedentBrutExploitation", figures.ExcedentBrutExploitation);
        w.WriteEndObject();
    }

    public static DetectionFigures Read(JsonElement e) => new()
    {
        RaisonSociale = String(e, "raisonSociale"),
        Departement = String(e, "departement"),
        Departements = e.TryGetProperty("departements", out var deps) && deps.ValueKind == JsonValueKind.Array
            ? [.. deps.EnumerateArray().Select(d => d.GetString() ?? "").Where(d => d.Length > 0)]
            : ImmutableArray<string>.Empty,
        Ape = String(e, "ape"),
        DateCreation = Date(e, "dateCreation"),
        Procedure = String(e, "procedure") ?? "in_bonis",
        ProcedureDate = Date(e, "procedureDate"),
        DetteUrssafEnHausse = Bool(e, "detteUrssafEnHausse"),
        ActivitePartielleRecente = Bool(e, "activitePartielleRecente"),
        DelaiUrssafEnCours = Bool(e, "delaiUrssafEnCours"),
        Effectif = Number(e, "effectif"),
        ChiffreAffaires = Number(e, "chiffreAffaires"),
        ChiffreAffairesVariation = Number(e, "chiffreAffairesVariation"),
        ResultatExploitation = Number(e, "resultatExploitation"),
        ExcedentBrutExploitation = Number(e, "excedentBrutExploitation"),
    };

    private static void WriteString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>A missing figure is null; NaN (unknown feature value) too, as JSON cannot hold it.</summary>
    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static bool Bool(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.True;

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : null;

    private static DateOnly? Date(JsonElement e, string name) =>
        String(e, name) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
