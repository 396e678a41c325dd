using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Reference;
using SignauxFaibles.Domain.Rules;
using SignauxFaibles.Domain.Time;
using static SignauxFaibles.Domain.Tests.Conformance.GoldenTable;

namespace SignauxFaibles.Domain.Tests.Conformance;

/// <summary>
/// Activité partielle in full-time equivalents against the original <c>clean_ap</c> view. One deliberate
/// difference (docs/conformance-rules.md): we spread a request's authorised hours over the months of its
/// period where the view counts them whole in each month, so our monthly ETP times the request's months is
/// the view's figure.
/// </summary>
public class ActivitePartielleConformanceTests
{
    [Fact]
    public void Etp_PerSiretAndMonth_ReproducesCleanAp()
    {
        var histories = Histories.Of(GoldenEvents.ApDemandes().Cast<FirmEvent>().Concat(GoldenEvents.ApConsommations()));
        var actual = new List<(string Siret, string Siren, Month Periode, double Autorise, double Consomme, string Motif)>();
        foreach (var history in histories.Values)
        {
            var sirets = history.ApDemandes.ToArray().Select(d => d.Siret)
                .Concat(history.ApConsommations.ToArray().Select(c => c.Siret)).Distinct();
            foreach (var siret in sirets)
            {
                var demandes = EstablishmentAggregation.Slice(history.ApDemandes, siret).ToArray();
                var consommations = EstablishmentAggregation.Slice(history.ApConsommations, siret).ToArray();
                var months = demandes.SelectMany(d => Month.Range(d.MoisDebut, d.MoisFin.Next))
                    .Concat(consommations.Select(c => c.Mois)).Distinct();
                foreach (var m in months)
                {
                    var motifs = demandes.Where(d => ActivitePartielleRules.Covers(d, m))
                        .Select(d => ActivitePartielleMotifs.Label(d.MotifRecours)!).Distinct().Order(StringComparer.Ordinal);
                    var wholeEtp = demandes.Where(d => ActivitePartielleRules.Covers(d, m))
                        .Sum(d => ActivitePartielleRules.EtpAutorise([d], m) * ActivitePartielleRules.MonthsOf(d));
                    actual.Add((siret, history.Siren, m,
                        wholeEtp,
                        ActivitePartielleRules.EtpConsomme(consommations, m),
                        string.Join("; ", motifs)));
                }
            }
        }

        var golden = Export("clean_ap");
        Assert.NotEmpty(golden.Rows);
        Assert.Equal(golden.Rows.Count, actual.Count);
        foreach (var r in golden.Rows)
        {
            var siret = golden.Get(r, "siret");
            var periode = Month.From(Date(golden.Get(r, "periode")));
            var row = Assert.Single(actual, a => a.Siret == siret && a.Periode == periode);
            Assert.Equal(golden.Get(r, "siren"), row.Siren);
            Assert.Equal(Double(golden.Get(r, "etp_autorise")), row.Autorise);
            Assert.Equal(Double(golden.Get(r, "etp_consomme")), row.Consomme);

            // The golden file truncates labels to the column width.
            var motif = golden.Get(r, "motif_recours");
            if (motif == "NULL")
            {
                Assert.Equal("", row.Motif);
            }
            else
            {
                Assert.StartsWith(motif, row.Motif, StringComparison.Ordinal);
            }
        }
    }
}
