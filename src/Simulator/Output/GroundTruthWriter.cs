using System.Globalization;
using System.Text;
using SignauxFaibles.Simulator.Population;
using SignauxFaibles.Simulator.Truth;

namespace SignauxFaibles.Simulator.Output;

/// <summary>
/// The ground truth of a run, in <c>truth/</c>: <c>firms.csv</c> (identity and hidden traits),
/// <c>hazard.csv</c> (per in-bonis firm-month: latent health, true monthly hazard, oracle 18-month
/// probability) and <c>procedures.csv</c> (every judgment, the first one flagged).
/// </summary>
public sealed class GroundTruthWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly FileStream? hazards;
    private readonly StreamWriter procedures;
    private readonly StreamWriter firms;

    public GroundTruthWriter(string outputDirectory, bool writeHazards)
    {
        var dir = Path.Combine(outputDirectory, "truth");
        Directory.CreateDirectory(dir);
        firms = Open(Path.Combine(dir, "firms.csv"));
        firms.Write("siren;index;raison_sociale;categorie_juridique;ape;section;departement;region;date_creation;active_from;initial_headcount;establishments;in_perimeter;publishes_financials;fiscal_close_month;baseline_health\n");
        procedures = Open(Path.Combine(dir, "procedures.csv"));
        procedures.Write("siren;date_effet;action;stade;first_judgment\n");
        if (writeHazards)
        {
            hazards = new FileStream(Path.Combine(dir, "hazard.csv"), FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            hazards.Write("siren;month;health;hazard;p18\n"u8);
        }
    }

    public void WriteFirm(FirmProfile f)
    {
        var name = f.RaisonSociale.Length > 0 ? f.RaisonSociale : $"{f.PrenomUniteLegale} {f.NomUniteLegale}";
        firms.Write(string.Create(CultureInfo.InvariantCulture,
            $"{f.Siren};{f.Index};{name};{f.CategorieJuridique};{f.Naf.Ape};{f.Sector.Section};{f.Siege.Departement.Code};{f.Siege.Departement.RegionCode};{f.DateCreation:yyyy-MM-dd};{f.ActiveFrom};{f.InitialHeadcount};{f.Establishments.Count};{(f.InPerimeter ? 1 : 0)};{(f.PublishesFinancials ? 1 : 0)};{f.FiscalCloseMonth};{f.BaselineHealth:F4}\n"));
    }

    /// <summary>Appends rows already formatted by the workers.</summary>
    public void WriteHazards(ReadOnlySpan<byte> rows) => hazards?.Write(rows);

    public void WriteJudgment(string siren, in JudgmentRow row) =>
        procedures.Write(string.Create(CultureInfo.InvariantCulture,
            $"{siren};{row.DateEffet:yyyy-MM-dd};{ProcolNames.Action(row.Action)};{ProcolNames.Stade(row.Stade)};{(row.FirstJudgment ? 1 : 0)}\n"));

    public void Flush()
    {
        hazards?.Flush();
        procedures.Flush();
        firms.Flush();
    }

    public void Dispose()
    {
        hazards?.Dispose();
        procedures.Dispose();
        firms.Dispose();
    }

    private static StreamWriter Open(string path) => new(path, false, Utf8, 1 << 16) { NewLine = "\n" };
}

/// <summary>Procédure names as the wire spells them (snake_case), for the CSV truth files.</summary>
internal static class ProcolNames
{
    public static string Action(Domain.Events.ProcolAction a) => a.ToString().ToLowerInvariant();

    public static string Stade(Domain.Events.ProcolStade s) => Domain.Wire.JsonConventions.Code(s);
}
