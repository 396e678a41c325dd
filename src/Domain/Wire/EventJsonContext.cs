using System.Text.Json;
using System.Text.Json.Serialization;
using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Domain.Wire;

/// <summary>Source-generated JSON metadata for every event type (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(ProcolActionJsonConverter), typeof(ProcolStadeJsonConverter)])]
[JsonSerializable(typeof(SireneUniteLegale))]
[JsonSerializable(typeof(SireneEtablissement))]
[JsonSerializable(typeof(SireneEtablissementPeriode))]
[JsonSerializable(typeof(Cotisation))]
[JsonSerializable(typeof(Debit))]
[JsonSerializable(typeof(Delai))]
[JsonSerializable(typeof(Ccsf))]
[JsonSerializable(typeof(EffectifEtablissement))]
[JsonSerializable(typeof(EffectifEntreprise))]
[JsonSerializable(typeof(ProcedureCollective))]
[JsonSerializable(typeof(ApDemande))]
[JsonSerializable(typeof(ApConsommation))]
[JsonSerializable(typeof(EtatsFinanciers))]
[JsonSerializable(typeof(PaiementsFournisseurs))]
internal sealed partial class EventJsonContext : JsonSerializerContext;

/// <summary>Procédure actions as snake_case strings ("liquidation", "redressement", "sauvegarde").</summary>
internal sealed class ProcolActionJsonConverter() : JsonStringEnumConverter<ProcolAction>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false);

/// <summary>Procédure stages as snake_case strings ("ouverture", "plan_continuation", ...).</summary>
internal sealed class ProcolStadeJsonConverter() : JsonStringEnumConverter<ProcolStade>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false);
