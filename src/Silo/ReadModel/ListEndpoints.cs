using System.Globalization;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.ReadModel;

namespace SignauxFaibles.Silo.ReadModel;

/// <summary>
/// The dated detection lists over HTTP (docs/lists.md): <c>/lists</c> enumerates them with the current
/// list's counts, <c>/lists/{date}</c> pages one (<c>current</c> and <c>live</c> are accepted as dates),
/// <c>/lists/{from}/diff/{to}</c> compares two.
/// </summary>
public static class ListEndpoints
{
    public static IEndpointRouteBuilder MapListEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/lists", async (IDetectionListReader reader, CancellationToken ct) =>
        {
            var current = await reader.CurrentAsync(ct);
            return Results.Ok(new
            {
                current = current is null ? null : new { date = Format(current.Date), eleve = current.Counts.Eleve, modere = current.Counts.Modere, premieresAlertes = current.Counts.PremieresAlertes, firms = current.Firms },
                lists = (await reader.ListsAsync(ct)).Select(l => new { date = Format(l.Date), closed = l.IsClosed, eleve = l.Counts.Eleve, modere = l.Counts.Modere, premieresAlertes = l.Counts.PremieresAlertes, firms = l.Firms }),
            });
        });

        app.MapGet("/lists/{date}", async (IDetectionListReader reader, string date, int? page, int? pageSize, bool? premieres, string? departement, string? q, CancellationToken ct) =>
        {
            if (!TryParseList(date, out var listDate))
            {
                return Results.BadRequest(new { error = "date must be yyyy-MM-dd (a first day of month), current or live" });
            }

            var result = await reader.QueryAsync(new DetectionListQuery
            {
                ListDate = listDate,
                Page = page ?? 1,
                PageSize = pageSize ?? 50,
                PremieresAlertesOnly = premieres ?? false,
                Departements = departement is null ? [] : [departement],
                Text = q,
            }, ct);
            return Results.Ok(new
            {
                listDate = Format(result.ListDate),
                result.Total,
                eleve = result.Counts.Eleve,
                modere = result.Counts.Modere,
                premieresAlertes = result.Counts.PremieresAlertes,
                result.Page,
                result.PageSize,
                rows = result.Rows.Select(r => new
                {
                    r.Siren, r.RaisonSociale, r.Departement, r.Naf,
                    level = r.Level.Code(), levelLabel = r.Level.Label(), r.Score, r.ModelVersion, r.PremiereAlerte,
                    r.Procedure, procedureLabel = ProcedureCodes.Label(r.Procedure),
                    r.DetteUrssafEnHausse, r.ActivitePartielleRecente, r.DelaiUrssafEnCours,
                    r.Effectif, r.ChiffreAffaires, r.ChiffreAffairesVariation, r.ResultatExploitation, r.ExcedentBrutExploitation,
                    asOf = r.AsOf is { } a ? Format(a) : null,
                }),
            });
        });

        app.MapGet("/lists/{from}/diff/{to}", async (IDetectionListReader reader, string from, string to, CancellationToken ct) =>
            TryParseList(from, out var f) && f is { } fd && TryParseList(to, out var t) && t is { } td
                ? Results.Ok(await reader.DiffAsync(fd, td, ct))
                : Results.BadRequest(new { error = "dates must be yyyy-MM-dd (first days of month)" }));
        return app;
    }

    private static bool TryParseList(string text, out DateOnly? date)
    {
        date = null;
        if (text == "current")
        {
            return true;
        }

        if (text == "live")
        {
            date = ReadModelLists.Live;
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Day == 1)
        {
            date = d;
            return true;
        }

        return false;
    }

    private static string Format(DateOnly date) => date == ReadModelLists.Live ? "live" : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
