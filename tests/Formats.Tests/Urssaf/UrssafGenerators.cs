using System.Collections.Immutable;
using CsCheck;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Formats.Tests.Urssaf;

/// <summary>CsCheck generators of valid URSSAF events (Luhn-valid identifiers, representable values).</summary>
internal static class UrssafGenerators
{
    public static readonly DateOnly DeliveredOn = new(2024, 3, 20);

    /// <summary>The month columns of generated headcount files: 24 months from January 2022.</summary>
    public static readonly IReadOnlyList<Month> EffectifMonths = [.. Enumerable.Range(0, 24).Select(i => Domain.Time.Month.Of(2022, 1).AddMonths(i))];

    public static readonly Gen<string> Siren = Gen.Int[0, 99_999_999].Select(i => Domain.Identifiers.Siren.Complete(i.ToString("D8", null)));

    public static readonly Gen<string> Siret = Gen.Select(Siren, Gen.Int[0, 9999], (s, nic) => Domain.Identifiers.Siret.Complete(s, nic.ToString("D4", null)));

    public static readonly Gen<string> Compte = Gen.Long[0, 999_999_999_999_999_999].Select(l => l.ToString("D18", null));

    public static readonly Gen<string> Code = Gen.Int[0, 999].Select(i => i.ToString(null, null));

    public static readonly Gen<DateOnly> Date = Gen.DateOnly[new DateOnly(1901, 1, 1), new DateOnly(2099, 12, 31)];

    public static readonly Gen<Month> Month = Gen.Int[1950 * 12, 2099 * 12 + 11].Select(i => new Month(i));

    /// <summary>A period URSSAF can code: a month, a calendar quarter or a calendar year.</summary>
    public static readonly Gen<MonthRange> Period = Gen.Select(Month, Gen.Int[0, 2], (m, kind) => kind switch
    {
        0 => new MonthRange(m, m.Next),
        1 => new MonthRange(m.AddMonths(-((m.MonthOfYear - 1) % 3)), m.AddMonths(3 - (m.MonthOfYear - 1) % 3)),
        _ => new MonthRange(Domain.Time.Month.Of(m.Year, 1), Domain.Time.Month.Of(m.Year + 1, 1)),
    });

    /// <summary>Whole cents, within the validator's range.</summary>
    public static readonly Gen<decimal> Cents = Gen.Long[-1_000_000_000_000, 1_000_000_000_000].Select(c => c / 100m);

    /// <summary>Whole cents, never negative (remaining debts: docs/events.md, "Per-field rules for signs").</summary>
    public static readonly Gen<decimal> NonNegativeCents = Cents.Select(Math.Abs);

    /// <summary>Amounts with 0 to 4 decimals.</summary>
    public static readonly Gen<decimal> Amount = Gen.Select(Gen.Long[-100_000_000_000, 100_000_000_000], Gen.Int[0, 4], (m, scale) => new decimal(m) / (decimal)Math.Pow(10, scale));

    /// <summary>Free text as partners write it, separators and quotes included; never blank at its ends (fields are trimmed).</summary>
    public static readonly Gen<string?> Text = Gen.Char["abcdXYZ é;\"'-.0123"].Array[0, 30]
        .Select(chars => new string(chars).Trim())
        .Select(s => s.Length == 0 ? null : s);

    public static readonly Gen<Debit> Debit =
        Gen.Select(Siret, Compte, Code, Gen.Int[0, 99], Date, Period, Gen.Select(NonNegativeCents, NonNegativeCents), Gen.Select(Gen.Int[0, 9], Code, Code, Code, Gen.Bool))
            .Select(t => new Debit
            {
                Siret = t.Item1,
                Siren = t.Item1[..9],
                DeliveredOn = DeliveredOn,
                Compte = t.Item2,
                NumeroEcartNegatif = t.Item3,
                NumeroHistorique = t.Item4,
                DateTraitement = t.Item5,
                PeriodeDebut = t.Item6.Start,
                PeriodeFin = t.Item6.EndExclusive,
                PartOuvriere = t.Item7.Item1,
                PartPatronale = t.Item7.Item2,
                EtatCompte = t.Item8.Item1,
                CodeProcedureCollective = t.Item8.Item2,
                CodeOperationEcartNegatif = t.Item8.Item3,
                CodeMotifEcartNegatif = t.Item8.Item4,
                RecoursEnCours = t.Item8.Item5,
            });

    public static readonly Gen<Cotisation> Cotisation =
        Gen.Select(Siret, Compte, Period, Amount, Amount, (siret, compte, period, du, encaisse) => new Cotisation
        {
            Siret = siret,
            Siren = siret[..9],
            DeliveredOn = DeliveredOn,
            Compte = compte,
            PeriodeDebut = period.Start,
            PeriodeFin = period.EndExclusive,
            Du = du,
            Encaisse = encaisse,
        });

    public static readonly Gen<Delai> Delai =
        Gen.Select(Siret, Compte, Gen.Long[1, 9_999_999_999_999], Date, Date, Gen.Int[0, 5000], Gen.Select(Text, Text, Gen.Int[1900, 2100].Nullable(), Amount.Select(Math.Abs), Text, Text))
            .Select(t => new Delai
            {
                Siret = t.Item1,
                Siren = t.Item1[..9],
                DeliveredOn = DeliveredOn,
                Compte = t.Item2,
                NumeroContentieux = t.Item3.ToString(null, null),
                DateCreation = t.Item4,
                DateEcheance = t.Item5,
                DureeDelai = t.Item6,
                Denomination = t.Item7.Item1,
                Indic6M = t.Item7.Item2,
                AnneeCreation = t.Item7.Item3,
                MontantEcheancier = t.Item7.Item4,
                Stade = t.Item7.Item5,
                Action = t.Item7.Item6,
            });

    public static readonly Gen<Ccsf> Ccsf =
        Gen.Select(Siret, Compte, Date, Gen.OneOfConst("DEBUT", "REFUS", "APPROB", "FIN", "REJ"), Gen.OneOfConst("CCSF", "PLAN"), (siret, compte, date, stade, action) => new Ccsf
        {
            Siret = siret,
            Siren = siret[..9],
            DeliveredOn = DeliveredOn,
            Compte = compte,
            DateTraitement = date,
            Stade = stade,
            Action = action,
        });

    public static readonly Gen<ProcedureCollective> Procol =
        Gen.Select(Siret, Gen.Bool, Date, Gen.Enum<ProcolAction>(), Gen.Enum<ProcolStade>(), (siret, firmLevel, date, action, stade) => new ProcedureCollective
        {
            Siren = siret[..9],
            Siret = firmLevel ? null : siret,
            DeliveredOn = DeliveredOn,
            DateEffet = date,
            Action = action,
            Stade = stade,
        });

    /// <summary>Headcounts over <see cref="EffectifMonths"/>, each month present or not.</summary>
    public static readonly Gen<ImmutableArray<MonthlyHeadcount>> Headcounts =
        Gen.Int[-1, 100_000].Array[EffectifMonths.Count].Select(values => values
            .Select((v, i) => (v, i))
            .Where(x => x.v >= 0)
            .Select(x => new MonthlyHeadcount(EffectifMonths[x.i], x.v))
            .ToImmutableArray());

    public static readonly Gen<EffectifEtablissement> Effectif =
        Gen.Select(Siret, Compte, Headcounts, (siret, compte, months) => new EffectifEtablissement
        {
            Siret = siret,
            Siren = siret[..9],
            DeliveredOn = DeliveredOn,
            Compte = compte,
            Months = months,
        });

    public static readonly Gen<EffectifEntreprise> EffectifEntreprise =
        Gen.Select(Siren, Headcounts, (siren, months) => new EffectifEntreprise { Siren = siren, DeliveredOn = DeliveredOn, Months = months });
}
