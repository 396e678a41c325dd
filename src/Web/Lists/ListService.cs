using System.Globalization;
using SignauxFaibles.ReadModel;
using SignauxFaibles.Web.Security;
using SignauxFaibles.Web.Suivi;

namespace SignauxFaibles.Web.Lists;

/// <summary>
/// Serves the detection list from the read model for one agent: resolves the list (the current closed list,
/// else the live one), restricts the query to his zone and follows, and shapes the rows.
/// </summary>
public sealed class ListService(IDetectionListReader reader, SuiviStore suivi)
{
    public async Task<(ListResult Result, DetectionListQuery Query)> QueryAsync(Agent agent, ListRequest request, CancellationToken ct)
    {
        var lists = await reader.ListsAsync(ct);
        var date = request.ListDate ?? (await reader.CurrentAsync(ct))?.Date ?? ReadModelLists.Live;
        var followed = (await suivi.FollowedAsync(agent.Login, ct)).Select(s => s.Siren).ToList();
        var query = request.ToQuery(agent, followed, date);
        var page = await reader.QueryAsync(query, ct);
        var choices = new List<ListChoice> { new(ListRequest.Live, "En direct") };
        choices.AddRange(lists.Where(l => l.IsClosed).Select(l => new ListChoice(Format(l.Date), Firms.FrenchLabels.MonthLabel(Format(l.Date)[..7]))));
        var result = new ListResult(
            date == ReadModelLists.Live ? ListRequest.Live : Format(date),
            date == ReadModelLists.Live,
            page.Total, page.Counts.Eleve, page.Counts.Modere, page.Counts.PremieresAlertes,
            page.Page, page.PageSize, [.. page.Rows.Select(ListRow.From)], choices);
        return (result, query);
    }

    public IAsyncEnumerable<DetectionRow> ExportAsync(DetectionListQuery query, CancellationToken ct) =>
        reader.ExportAsync(query, ct);

    private static string Format(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
