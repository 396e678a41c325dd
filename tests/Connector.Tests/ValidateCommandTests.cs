using System.CommandLine;
using System.Text;

namespace SignauxFaibles.Connector.Tests;

/// <summary>
/// <c>sf-connector validate</c> run in process through its host: the same readers as <c>produce</c>, no
/// broker; counts, rejects with line, reason, field and value, detected encoding, sample events.
/// </summary>
public sealed class ValidateCommandTests : IDisposable
{
    private const string Header = "Urssaf_gestion;Dep;num_cpte;Siren;Siret;Dt_immat;Etat_cpte;Cd_pro_col;Periode;Num_Ecn;Num_Hist_Ecn;Dt_trt_ecn;Mt_PO;Mt_PP;Cd_op_ecn;Motif_ecn;Recours_en_cours";
    private const string Valid = ";;196921616736618904;842099814;84209981400019;;1;0;201832;690;3;1181211;219270;511630;2;1;0";
    private const string NegativePo = ";;196921616736618904;842099814;84209981400019;;1;0;201832;690;4;1181211;-219270;511630;2;1;0";
    private const string LowerLater = ";;196921616736618904;842099814;84209981400019;;1;0;201832;690;3;1181211;100;200;2;1;0";

    private readonly string directory = Directory.CreateTempSubdirectory("sf-validate-").FullName;

    [Fact]
    public async Task Validate_PrintsCountsRejectsWithFieldAndValue_AndSampleEvents()
    {
        var file = Write("debit_urssaf.csv", Encoding.UTF8.GetBytes($"{Header}\n{Valid}\n{NegativePo}\n\n{LowerLater}\n"));

        var (exit, output) = await RunAsync("validate", "--file", file, "--delivered", "2019-01-21T10:30", "--sample", "2");

        Assert.Equal(ExitCodes.RejectsFound, exit);
        Assert.Contains("format    debit (guessed from the file name)", output, StringComparison.Ordinal);
        Assert.Contains("encoding  utf-8 (detected: ASCII only)", output, StringComparison.Ordinal);
        Assert.Contains("delivered 2019-01-21 10:30:00", output, StringComparison.Ordinal);
        Assert.Contains("lines     4 read, 2 accepted, 1 rejected, 1 skipped", output, StringComparison.Ordinal);
        Assert.Contains("reject line 3: negative_value, field partOuvriere: -2192.70 EUR", output, StringComparison.Ordinal);
        Assert.Contains($"    | {NegativePo}", output, StringComparison.Ordinal);
        Assert.Contains("first 2 events:", output, StringComparison.Ordinal);

        // Same écart, same numéro d'historique, same day: the later line (lower amount) gets the greater sequence.
        var thirtyMinutesPastTen = (long)new TimeSpan(10, 30, 0).TotalMilliseconds * 1_000_000_000;
        Assert.Contains($"\"deliverySequence\":{thirtyMinutesPastTen + 2}", output, StringComparison.Ordinal);
        Assert.Contains($"\"deliverySequence\":{thirtyMinutesPastTen + 5}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Cp1252File_IsDetectedAndReported_OrReadAsForced()
    {
        var cp1252 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var delai = "Urssaf_gestion;Dep;Siret;Numero_compte_externe;Numero_structure;Date_creation;Date_echeance;Duree_delai;Denomination_premiere_ligne;Indic_6M;Annee_creation;Montant_global_echeancier;Code_externe_stade;Code_externe_action\n"
            + ";;84209981400019;196921616736618904;8420998100001;05/01/2019;05/04/2019;90;Études de Dordogne;INF;2019;7309.00;APPROB;DELAI\n";
        var file = Write("delai.csv", cp1252.GetBytes(delai));

        var (exit, output) = await RunAsync("validate", "--file", file, "--format", "delai", "--delivered", "2019-01-21", "--sample", "1");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("format    delai (--format)", output, StringComparison.Ordinal);
        Assert.Contains("encoding  cp1252 (detected: not UTF-8: byte 0xC9 at offset", output, StringComparison.Ordinal);
        Assert.Contains("\\u00C9tudes de Dordogne", output, StringComparison.Ordinal);

        (exit, output) = await RunAsync("validate", "--file", file, "--format", "delai", "--encoding", "latin-1", "--delivered", "2019-01-21", "--sample", "1");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("encoding  latin-1 (--encoding)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_UsageErrors_SayWhatToDo()
    {
        var file = Write("partner-export.csv", Encoding.UTF8.GetBytes($"{Header}\n{Valid}\n"));
        Assert.Equal(ExitCodes.Usage, (await RunAsync("validate", "--file", file)).Exit);
        Assert.Equal(ExitCodes.Usage, (await RunAsync("validate", "--file", file, "--format", "debit", "--delivered", "21/01/2019")).Exit);
        Assert.Equal(ExitCodes.Usage, (await RunAsync("validate", "--file", file, "--format", "debit", "--encoding", "ebcdic")).Exit);
        Assert.Equal(ExitCodes.Ok, (await RunAsync("validate", "--file", file, "--format", "debit", "--delivered", "2019-01-21")).Exit);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await ConnectorCommands.Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = TextWriter.Null });
        return (exit, output.ToString());
    }
}
