using System.Text;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Formats.Urssaf;

namespace SignauxFaibles.Benchmarks;

/// <summary>
/// Generates the benchmark's partner files with the URSSAF writers, from a fixed seed, into a temp folder.
/// Files already there with their completion marker are reused, so each benchmark process does not pay
/// for the generation again.
/// </summary>
public static class BenchmarkData
{
    public const int Rows = 1_000_000;
    public const int EffectifMonthCount = 24;
    private const int Seed = 20240320;

    public static readonly DateOnly DeliveredOn = new(2024, 3, 20);

    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "signauxfaibles-bench");

    public static IReadOnlyList<Month> EffectifMonths { get; } =
        [.. Enumerable.Range(0, EffectifMonthCount).Select(i => Month.Of(2022, 1).AddMonths(i))];

    public static string DebitFile => Ensure("debit", WriteDebits);

    public static string EffectifFile => Ensure("effectif", WriteEffectifs);

    private static string Ensure(string name, Action<TextWriter> write)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{name}-{Rows}-{Seed}.csv");
        var marker = path + ".done";
        if (File.Exists(path) && File.Exists(marker))
        {
            return path;
        }

        var tmp = path + ".tmp";
        using (var stream = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
        {
            write(writer);
        }

        File.Move(tmp, path, overwrite: true);
        File.WriteAllText(marker, DateTime.UtcNow.ToString("O"));
        return path;
    }

    /// <summary>Débits grouped by establishment (as URSSAF sorts them): 1-8 operations per écart, 1-3 écarts per SIRET.</summary>
    private static void WriteDebits(TextWriter text)
    {
        var random = new Random(Seed);
        var writer = new DebitWriter(text);
        var written = 0;
        while (written < Rows)
        {
            var siret = NewSiret(random);
            var compte = random.NextInt64(100_000_000_000_000_000, 999_999_999_999_999_999).ToString(null, null);
            var ecarts = random.Next(1, 4);
            for (var e = 0; e < ecarts && written < Rows; e++)
            {
                var periode = Month.Of(random.Next(2016, 2024), random.Next(1, 13));
                var numeroEcart = random.Next(1, 1000).ToString(null, null);
                var po = random.NextInt64(0, 5_000_000);
                var pp = random.NextInt64(0, 15_000_000);
                var date = periode.EndExclusive.AddDays(random.Next(0, 60));
                var operations = random.Next(1, 9);
                for (var h = 1; h <= operations && written < Rows; h++)
                {
                    writer.Write(new Debit
                    {
                        Siren = siret[..9],
                        Siret = siret,
                        DeliveredOn = DeliveredOn,
                        Compte = compte,
                        NumeroEcartNegatif = numeroEcart,
                        NumeroHistorique = h,
                        DateTraitement = date,
                        PeriodeDebut = periode,
                        PeriodeFin = periode.Next,
                        PartOuvriere = po / 100m,
                        PartPatronale = pp / 100m,
                        EtatCompte = random.Next(1, 6),
                        CodeProcedureCollective = random.Next(0, 10) == 0 ? "4" : "0",
                        CodeOperationEcartNegatif = random.Next(1, 70).ToString(null, null),
                        CodeMotifEcartNegatif = random.Next(0, 100).ToString(null, null),
                        RecoursEnCours = random.Next(0, 20) == 0,
                    });
                    written++;
                    date = date.AddDays(random.Next(1, 40));
                    po = po * random.Next(50, 101) / 100;
                    pp = pp * random.Next(50, 101) / 100;
                }
            }
        }
    }

    /// <summary>One line per establishment, most months filled, some gaps (late or missing declarations).</summary>
    private static void WriteEffectifs(TextWriter text)
    {
        var random = new Random(Seed + 1);
        var writer = new EffectifWriter(text, EffectifMonths);
        var months = new List<MonthlyHeadcount>(EffectifMonthCount);
        for (var row = 0; row < Rows; row++)
        {
            var siret = NewSiret(random);
            var headcount = random.Next(0, 500);
            months.Clear();
            foreach (var m in EffectifMonths)
            {
                headcount = Math.Max(0, headcount + random.Next(-3, 4));
                if (random.Next(0, 12) != 0)
                {
                    months.Add(new MonthlyHeadcount(m, headcount));
                }
            }

            writer.Write(new EffectifEtablissement
            {
                Siren = siret[..9],
                Siret = siret,
                DeliveredOn = DeliveredOn,
                Compte = random.NextInt64(100_000_000_000_000_000, 999_999_999_999_999_999).ToString(null, null),
                Months = [.. months],
            });
        }
    }

    private static string NewSiret(Random random)
    {
        var siren = Siren.Complete(random.Next(10_000_000, 99_999_999).ToString(null, null));
        return Siret.Complete(siren, random.Next(0, 10_000).ToString("D4", null));
    }
}
