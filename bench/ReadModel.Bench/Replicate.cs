using Npgsql;

namespace SignauxFaibles.ReadModel.Bench;

/// <summary>Copies the projected rows K-1 times under new SIRENs (server side), then recounts the lists.</summary>
internal static class Replicate
{
    private const string Columns = "sequence, as_of, level, score, sort_score, model_version, premiere_alerte, raison_sociale, search_text, departement, departements, naf, naf_section, naf_division, procedure, procedure_date, dette_urssaf_en_hausse, activite_partielle_recente, delai_urssaf_en_cours, effectif, chiffre_affaires, chiffre_affaires_variation, resultat_exploitation, excedent_brut_exploitation, date_creation, explanation";

    public static async Task RunAsync(NpgsqlConnection connection, int firms, int scale)
    {
        for (var k = 1; k < scale; k++)
        {
            var offset = (long)k * firms;
            await ExecuteAsync(connection, $"INSERT INTO list_entries (list_date, siren, {Columns}) SELECT list_date, (siren::bigint + {offset})::text, {Columns} FROM list_entries WHERE siren::bigint < {100_000_000L + firms}");
            await ExecuteAsync(connection, $"INSERT INTO list_entry_zones (list_date, departement, siren) SELECT list_date, departement, (siren::bigint + {offset})::text FROM list_entry_zones WHERE siren::bigint < {100_000_000L + firms}");
        }

        await ExecuteAsync(connection, """
            UPDATE dated_lists d SET
              firms = (SELECT count(*) FROM list_entries e WHERE e.list_date = d.list_date),
              eleve = (SELECT count(*) FROM list_entries e WHERE e.list_date = d.list_date AND e.level = 'eleve'),
              modere = (SELECT count(*) FROM list_entries e WHERE e.list_date = d.list_date AND e.level = 'modere'),
              premieres_alertes = (SELECT count(*) FROM list_entries e WHERE e.list_date = d.list_date AND e.premiere_alerte)
            """);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
