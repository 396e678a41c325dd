using SignauxFaibles.Domain.Alerts;
using static SignauxFaibles.ReadModel.Tests.Updates;

namespace SignauxFaibles.ReadModel.Tests;

/// <summary>
/// The contract of the detection-list query, run against each store (<see cref="SqliteDetectionListQueryTests"/>,
/// <see cref="PostgresDetectionListQueryTests"/>): the same expectations, computed by hand, for both.
/// </summary>
public abstract class DetectionListQueryContract(ReadModelProvider provider) : IAsyncLifetime
{
    private static readonly DateOnly AsOf = D(2026, 3, 10);
    private ReadModelStoreFixture _store = null!;

    protected IDetectionListReader Reader => _store.Reader;

    public async Task InitializeAsync()
    {
        _store = await ReadModelStoreFixture.CreateAsync(provider);
        await _store.Projector.ApplyAsync(
        [
            Firm("100000001", 0, AsOf, AlertLevel.Eleve, 0.50),
            Firm("100000002", 0, AsOf, AlertLevel.Modere, 0.20) with { Effectif = 50, Departement = "75", Departements = ["75", "92"], Naf = "47.11A" },
            Firm("100000003", 0, AsOf, AlertLevel.Eleve, 0.60) with { Effectif = 5 },
            Firm("100000004", 0, AsOf, AlertLevel.PasDAlerte),
            Firm("100000005", 0, AsOf, AlertLevel.Eleve, 0.90) with { Procedure = ProcedureCodes.Liquidation, ProcedureDate = D(2026, 2, 1) },
            Firm("100000006", 0, AsOf, AlertLevel.Eleve, 0.70) with { Procedure = ProcedureCodes.PlanContinuation, RaisonSociale = "Société Générale d'Usinage", DelaiUrssafEnCours = true },
            Firm("100000007", 0, AsOf, AlertLevel.Modere, 0.15) with { Departement = "13", Departements = ["13", "69"], ChiffreAffaires = 400_000, DateCreation = D(2025, 1, 1) },
            Firm("100000008", 0, AsOf, AlertLevel.HorsPerimetre),
        ], [], CancellationToken.None);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private static DetectionListQuery Live => new() { ListDate = ReadModelLists.Live };

    private async Task<string[]> SirensAsync(DetectionListQuery query) =>
        [.. (await Reader.QueryAsync(query, CancellationToken.None)).Rows.Select(r => r.Siren)];

    [Fact]
    public async Task Query_DefaultFilter_InBonisWithPlansEffectifTenAndMore_ByScore()
    {
        var page = await Reader.QueryAsync(Live, CancellationToken.None);

        Assert.Equal(["100000006", "100000001", "100000002", "100000007"], page.Rows.Select(r => r.Siren));
        Assert.Equal(4, page.Total);
        Assert.Equal(new LevelCounts(Eleve: 2, Modere: 2, PremieresAlertes: 4), page.Counts);
        Assert.Equal(ReadModelLists.Live, page.ListDate);
    }

    [Fact]
    public async Task Query_Row_CarriesTheDetectionFigures()
    {
        var row = (await Reader.QueryAsync(Live with { Text = "100000002" }, CancellationToken.None)).Rows.Single();

        Assert.Equal(AlertLevel.Modere, row.Level);
        Assert.Equal(0.20, row.Score);
        Assert.Equal("75", row.Departement);
        Assert.Equal(["75", "92"], row.Departements.ToArray());
        Assert.Equal("47.11A", row.Naf);
        Assert.Equal(ProcedureCodes.InBonis, row.Procedure);
        Assert.Equal(50, row.Effectif);
        Assert.Equal(CaTrend.Down, row.Trend);
        Assert.Equal(-50_000, row.ResultatExploitation);
        Assert.Equal(AsOf, row.AsOf);
        Assert.Equal([new ExplanationItem("ratio_dette", "dette_sociale", 0.12)], row.Explanation.ToArray());
    }

    [Fact]
    public async Task Query_DepartementFilter_MatchesEveryEstablishmentNotOnlyTheSiege() =>
        Assert.Equal(["100000002"], await SirensAsync(Live with { Departements = ["92"] }));

    [Fact]
    public async Task Query_RegionFilter_ExpandsToItsDepartements() =>
        // Auvergne-Rhône-Alpes (84) holds the Rhône (69): every firm but the Parisian one has an establishment there.
        Assert.Equal(["100000006", "100000001", "100000007"], await SirensAsync(Live with { Regions = ["84"] }));

    [Fact]
    public async Task Query_NafSectionAndDivision()
    {
        Assert.Equal(["100000002"], await SirensAsync(Live with { NafSections = ["g"] }));
        Assert.Equal(["100000006", "100000001", "100000007"], await SirensAsync(Live with { NafDivisions = ["25"] }));
    }

    [Fact]
    public async Task Query_MinimumEffectifAndChiffreAffaires()
    {
        Assert.Equal(["100000002"], await SirensAsync(Live with { MinEffectif = 50 }));
        Assert.Equal(["100000006", "100000003", "100000001", "100000002"], await SirensAsync(Live with { MinEffectif = null, MinChiffreAffaires = 1_000_000 }));
    }

    [Fact]
    public async Task Query_ProcedureFilter_ShowsTheFirmsInProcedureWhenAsked() =>
        Assert.Equal(["100000005"], await SirensAsync(Live with { Procedures = [ProcedureCodes.Liquidation] }));

    [Fact]
    public async Task Query_FreeText_IgnoresCaseAndAccents_OrMatchesTheSirenStart()
    {
        Assert.Equal(["100000006"], await SirensAsync(Live with { Text = "SOCIETE generale" }));
        Assert.Equal(["100000006", "100000001", "100000002", "100000007"], await SirensAsync(Live with { Text = "1000000" }));
        Assert.Empty(await SirensAsync(Live with { Text = "100%" }));
    }

    [Fact]
    public async Task Query_SansDelaiUrssaf_AndMinimumAge()
    {
        Assert.Equal(["100000001", "100000002", "100000007"], await SirensAsync(Live with { SansDelaiUrssaf = true }));
        // The live list counts age at today's date (2026-06-15): 100000007, created 2025-01-01, is too young.
        Assert.Equal(["100000006", "100000001", "100000002"], await SirensAsync(Live with { MinAgeYears = 2 }));
    }

    [Fact]
    public async Task Query_FollowedFirms_OnlyOrExcluded()
    {
        Assert.Equal(["100000001", "100000007"], await SirensAsync(Live with { Followed = FollowedFilter.Only, FollowedSirens = ["100000007", "100000001"] }));
        Assert.Equal(["100000006", "100000002"], await SirensAsync(Live with { Followed = FollowedFilter.Exclude, FollowedSirens = ["100000007", "100000001"] }));
    }

    [Fact]
    public async Task Query_AccessScope_ZonePlusFollowedFirms()
    {
        var page = await Reader.QueryAsync(Live with { Scope = new AccessScope(["13"], ["100000002"]) }, CancellationToken.None);

        Assert.Equal(["100000002", "100000007"], page.Rows.Select(r => r.Siren));
        Assert.Equal(new LevelCounts(0, 2, 2), page.Counts);
    }

    [Fact]
    public async Task Query_LevelsAndCounts_CountsFollowTheFiltersNotTheLevels()
    {
        var page = await Reader.QueryAsync(Live with { Levels = [AlertLevel.Eleve] }, CancellationToken.None);

        Assert.Equal(["100000006", "100000001"], page.Rows.Select(r => r.Siren));
        Assert.Equal(2, page.Total);
        Assert.Equal(new LevelCounts(2, 2, 2), page.Counts);
    }

    [Fact]
    public async Task Query_Paging_AndOtherSorts()
    {
        var second = await Reader.QueryAsync(Live with { Page = 2, PageSize = 3 }, CancellationToken.None);
        Assert.Equal(["100000007"], second.Rows.Select(r => r.Siren));
        Assert.Equal(4, second.Total);

        Assert.Equal(["100000002", "100000001", "100000006", "100000007"], await SirensAsync(Live with { Sort = DetectionSort.EffectifDescending }));
        Assert.Equal(["100000001", "100000002", "100000007", "100000006"], await SirensAsync(Live with { Sort = DetectionSort.RaisonSociale }));
    }

    [Fact]
    public async Task Export_EveryMatchingRowInOrder_IgnoringPaging()
    {
        var rows = new List<string>();
        await foreach (var row in Reader.ExportAsync(Live with { PageSize = 1 }, CancellationToken.None))
        {
            rows.Add(row.Siren);
        }

        Assert.Equal(["100000006", "100000001", "100000002", "100000007"], rows);
    }

    [Fact]
    public async Task Query_CurrentListWhileNoneIsClosed_IsTheLiveList()
    {
        var page = await Reader.QueryAsync(new DetectionListQuery(), CancellationToken.None);

        Assert.Equal(ReadModelLists.Live, page.ListDate);
        Assert.Equal(4, page.Total);
        Assert.Null(await Reader.CurrentAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Query_UnknownList_IsEmpty()
    {
        var page = await Reader.QueryAsync(new DetectionListQuery { ListDate = D(2020, 1, 1) }, CancellationToken.None);

        Assert.Empty(page.Rows);
        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task FirmAsync_LiveRowOrNull()
    {
        Assert.Equal(AlertLevel.HorsPerimetre, (await Reader.FirmAsync("100000008", null, CancellationToken.None))!.Level);
        Assert.Null(await Reader.FirmAsync("999999999", null, CancellationToken.None));
    }
}

public sealed class SqliteDetectionListQueryTests() : DetectionListQueryContract(ReadModelProvider.Sqlite);

[Trait("Category", "Postgres")]
public sealed class PostgresDetectionListQueryTests() : DetectionListQueryContract(ReadModelProvider.Postgres);
