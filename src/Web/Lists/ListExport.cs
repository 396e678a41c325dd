using MiniExcelLibs;
using SignauxFaibles.ReadModel;

namespace SignauxFaibles.Web.Lists;

/// <summary>
/// The xlsx export of a filtered list (issue #14 item 4): sheet "Liste" holds every matching row in the
/// list's order, sheet "Filtres" the list date and every filter applied.
/// </summary>
public static class ListExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The most rows one export holds (a whole list is 30-70k alerts).</summary>
    public const int MaxRows = 200_000;

    public static async Task<byte[]> WriteAsync(IAsyncEnumerable<DetectionRow> rows, IReadOnlyList<(string Filtre, string Valeur)> filters, CancellationToken ct)
    {
        var lines = new List<Dictionary<string, object?>>();
        await foreach (var r in rows.WithCancellation(ct))
        {
            if (lines.Count >= MaxRows)
            {
                break;
            }

            lines.Add(new Dictionary<string, object?>
            {
                ["Niveau"] = Firms.FrenchLabels.Label(r.Level),
                ["Raison sociale"] = r.RaisonSociale,
                ["SIREN"] = r.Siren,
                ["Département"] = r.Departement,
                ["NAF"] = r.Naf,
                ["Activité"] = NafLabels.Label(r.Naf),
                ["Risque (%)"] = r.Score is { } s ? Math.Round(100 * s, 2) : null,
                ["1re alerte"] = r.PremiereAlerte ? "oui" : "non",
                ["Procédure"] = ProcedureCodes.Label(r.Procedure),
                ["Dette URSSAF en hausse"] = r.DetteUrssafEnHausse ? "oui" : "non",
                ["Activité partielle (12 mois)"] = r.ActivitePartielleRecente ? "oui" : "non",
                ["Effectif"] = r.Effectif,
                ["Chiffre d'affaires (EUR)"] = r.ChiffreAffaires,
                ["Variation CA (%)"] = r.ChiffreAffairesVariation is { } v ? Math.Round(100 * v, 1) : null,
                ["Résultat d'exploitation (EUR)"] = r.ResultatExploitation,
                ["EBE (EUR)"] = r.ExcedentBrutExploitation,
            });
        }

        var sheets = new Dictionary<string, object>
        {
            ["Liste"] = lines,
            ["Filtres"] = filters.Select(f => new Dictionary<string, object?> { ["Filtre"] = f.Filtre, ["Valeur"] = f.Valeur }).ToList(),
        };
        using var stream = new MemoryStream();
        await MiniExcel.SaveAsAsync(stream, sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
        return stream.ToArray();
    }
}
