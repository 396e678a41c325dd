#!/usr/bin/env bash
# Generates the malformed-input corpus (tests/corpus/files, tests/corpus/kafka, tests/corpus/expected.tsv).
# Every case is one row of expected.tsv: source (file|kafka), target (reader format or event schema), file
# and line (files) or message file (kafka), Kafka key, case name, expected outcome and what the case is.
# Expected outcome: "accepted", "skipped" (blank line), or reason codes separated by "|" (the input must be
# rejected with at least one of them; docs/events.md lists the codes). Deterministic: running it twice gives
# the same bytes. Run from anywhere: bash tests/corpus/generate.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
docs="$here/../../docs/events.md"
rm -rf "$here/files" "$here/kafka"
mkdir -p "$here/files" "$here/kafka"
manifest="$here/expected.tsv"
printf 'source\ttarget\tfile\tline\tkey\tcase\texpected\tdescription\n' > "$manifest"

huge() { head -c "$1" /dev/zero | tr '\0' 'x'; }   # $1 bytes of 'x'
HUGE=300000                                          # above the 256 KiB input limit (oversized_input)

# ---------------------------------------------------------------------------------------------- partner files
# One file per reader format: a header, then valid lines interleaved with one bad line per trap. A line's
# expected outcome is recorded with its line number. Valid lines come from a simulator run (synthetic firms,
# real check digits).
file=""; line=0; sep=";"
start_file() { file="$1"; sep="$2"; line=1; printf '%s\n' "$3" > "$here/files/$file"; }
row() { # row <text> <case> <expected> <description>
  line=$((line + 1)); printf '%s\n' "$1" >> "$here/files/$file"
  printf 'file\t%s\t%s\t%s\t\t%s\t%s\t%s\n' "$format" "$file" "$line" "$2" "$3" "$4" >> "$manifest"
}
field_count() { awk -F"$sep" '{print NF}' <<< "$1"; }
cut_half() { local n; n=$(field_count "$1"); cut -d"$sep" -f1-$((n / 2)) <<< "$1"; }
set_field() { awk -v FS="$sep" -v OFS="$sep" -v i="$2" -v v="$3" '{$i=v; print}' <<< "$1"; }
other_sep() { if [ "$sep" = ";" ]; then tr ';' ',' <<< "$1"; else tr ',' ';' <<< "$1"; fi; }
bad_luhn() { # the firm's SIREN with its last digit changed, everywhere in the line
  local s="$2" last="${2: -1}"; sed "s/$s/${s:0:8}$(((last + 1) % 10))/g" <<< "$1"; }
bare_quote() { local s="$2"; sed "s/$s/${s:0:4}\"${s:4}/" <<< "$1"; }

# The traps every delimited format gets, around its valid line $1 (SIREN $2).
common_traps() {
  local valid="$1" siren="$2"
  row "$valid" valid accepted "a valid line"
  row "$(cut_half "$valid")" truncated wrong_field_count "line cut after half its fields"
  row "$valid" valid-after-truncated accepted "valid line after a truncated one"
  row "$(other_sep "$valid")" wrong-separator "wrong_field_count|malformed_csv|invalid_siren_format|invalid_siret_format" "the other separator (the reason depends on the format's quoting: one field, or misaligned ones)"
  row "$(bare_quote "$valid" "$siren")" bare-quote malformed_csv "a quote inside an unquoted or quoted field"
  row "" blank skipped "an empty line"
  row "$(bad_luhn "$valid" "$siren")" bad-check-digit "invalid_siren_checksum|invalid_siret_checksum" "SIREN (and SIRET) with a wrong Luhn digit"
  row "$valid$(huge $HUGE)" huge-line oversized_input "a line of 300,000 characters"
  row "$valid" duplicate accepted "the first valid line again (a duplicate, merged downstream)"
}
end_traps() { # last line of a file: a quoted field never closed
  row "$(sed "s/$2/\"$2/" <<< "$1")" unclosed-quote-at-end "malformed_csv|invalid_siren_format|invalid_siret_format" "a quoted field never closed (last line)"
}

format=cotisation; start_file cotisation.csv ";" "Urssaf_gestion;Dep;Siret;Compte;periode;mer;enc_direct;cotis_due"
v=";;53121252000013;574134052685940091;201843;;41506.59;41506.59"; s=531212520
common_traps "$v" $s
row "$(set_field "$v" 8 -120.50)" negative-due accepted "negative cotis_due: a regularisation, kept as the original does"
row "$(set_field "$v" 5 201899)" invalid-period invalid_period "period 201899 (quarter 9)"
row "$(set_field "$v" 8 1e400)" absurd-amount "invalid_number|amount_out_of_range" "an amount beyond any decimal"
row "$(set_field "$v" 8 NaN)" nan-amount invalid_number "a non-finite amount"
end_traps "$v" $s

format=debit; start_file debit.csv ";" "Urssaf_gestion;Dep;num_cpte;Siren;Siret;Dt_immat;Etat_cpte;Cd_pro_col;Periode;Num_Ecn;Num_Hist_Ecn;Dt_trt_ecn;Mt_PO;Mt_PP;Cd_op_ecn;Motif_ecn;Recours_en_cours"
v=";;196921616736618904;842099814;84209981400019;;1;0;201832;690;3;1181211;219270;511630;2;1;0"; s=842099814
common_traps "$v" $s
row "$(set_field "$v" 13 -219270)" negative-part-ouvriere negative_value "negative remaining debt (Mt_PO)"
row "$(set_field "$v" 14 -1)" negative-part-patronale negative_value "negative remaining debt (Mt_PP)"
row "$(set_field "$v" 11 -3)" negative-historique negative_value "negative Num_Hist_Ecn"
row "$(set_field "$v" 7 -1)" negative-etat-compte negative_value "negative Etat_cpte"
row "$(set_field "$v" 12 1181399)" nonexistent-date invalid_date "Dt_trt_ecn 2018-13-99"
row "$(set_field "$v" 11 2)" out-of-order accepted "an earlier operation of the same écart after a later one"
end_traps "$v" $s

format=delai; start_file delai.csv ";" "Urssaf_gestion;Dep;Siret;Numero_compte_externe;Numero_structure;Date_creation;Date_echeance;Duree_delai;Denomination_premiere_ligne;Indic_6M;Annee_creation;Montant_global_echeancier;Code_externe_stade;Code_externe_action"
v=";;84209981400019;196921616736618904;8420998100001;05/01/2019;05/04/2019;90;Etudes de Dordogne;INF;2019;7309.00;APPROB;DELAI"; s=842099814
common_traps "$v" $s
row "$(set_field "$v" 12 -7309.00)" negative-plan-total negative_value "negative Montant_global_echeancier"
row "$(set_field "$v" 6 31/02/2019)" nonexistent-date invalid_date "Date_creation 31/02/2019"
row "$(set_field "$v" 8 abc)" wrong-type invalid_number "Duree_delai 'abc'"
end_traps "$v" $s

format=ccsf; start_file ccsf.csv ";" "Urssaf_gestion;Dep;Siret;Compte;Date_de_traitement;Code_externe_stade;Code_externe_action"
v=";;53437794000018;857734111041544788;1190119;REFUS;CCSF"; s=534377940
common_traps "$v" $s
row "$(set_field "$v" 6 PEUTETRE)" unknown-stage unknown_code "stage outside DEBUT/REFUS/APPROB/FIN/REJ"
row "$(set_field "$v" 5 99999999)" absurd-date invalid_date "Date_de_traitement 99999999"
end_traps "$v" $s

format=effectif; start_file effectif.csv ";" "compte;siret;rais_soc;ape_ins;dep;eff201831;eff201832;eff201833;eff201841;eff201842;eff201843;base;UR_EMET"
v="574134052685940091;53121252000013;;;;29;29;30;30;30;30;;"; s=531212520
common_traps "$v" $s
row "$(set_field "$v" 7 -29)" negative-headcount headcount_out_of_range "a negative monthly headcount"
row "$(set_field "$v" 8 2.5e99)" absurd-headcount "invalid_number|headcount_out_of_range" "an absurd headcount"
end_traps "$v" $s

format=effectif_ent; start_file effectif_ent.csv ";" "siren;eff201831;eff201832;eff201833;eff201841;eff201842;eff201843;rais_soc"
v="531212520;29;29;30;30;30;30;"; s=531212520
common_traps "$v" $s
row "$(set_field "$v" 3 -1)" negative-headcount headcount_out_of_range "a negative monthly headcount"
row "$(set_field "$v" 1 53121252)" siren-8-digits invalid_siren_format "an 8-digit SIREN"
end_traps "$v" $s

format=procol; start_file procol.csv ";" "Siret;Siren;Dt_effet;Cat_v2;Lib_actx_stdx"
v="50449788400016;504497884;04JAN2019;;Ouverture_redressement"; s=504497884
common_traps "$v" $s
row "$(set_field "$v" 5 Ouverture_faillite)" unknown-label unknown_code "a procédure label outside the closed list"
row "$(set_field "$v" 3 31FEB2019)" nonexistent-date invalid_date "Dt_effet 31FEB2019"
row "$(set_field "$v" 3 04JAN3019)" future-date invalid_date "Dt_effet in 3019"
end_traps "$v" $s

sep=","
format=apdemande; start_file apdemande.csv "," '"ID_DA","ETAB_SIRET","EFF_ENT","EFF_ETAB","DATE_STATUT","DATE_DEB","DATE_FIN","HTA","MTA","EFF_AUTO","MOTIF_RECOURS_SE","PERIMETRE_AP","S_HEURE_CONSOM_TOT","S_EFF_CONSOM_TOT","S_MONTANT_CONSOM_TOT","RECOURS_ANTERIEUR"'
v='"000001f001","50799909200012",9.0,9.0,"2018-11-16","2018-11-01","2018-12-31",794.49,5958.68,3.0,"1","1",609.26,5.0,4569.46,""'; s=507999092
common_traps "$v" $s
row "$(set_field "$v" 9 -5958.68)" negative-amount negative_value "negative MTA"
row "$(set_field "$v" 8 -1)" negative-hours hours_out_of_range "negative HTA"
row "$(set_field "$v" 7 '"2018-10-31"')" end-before-start invalid_range "DATE_FIN before DATE_DEB"
row "$(set_field "$v" 11 '"9"')" unknown-motive unknown_code "MOTIF_RECOURS_SE 9"
end_traps "$v" $s

format=apconso; start_file apconso.csv "," '"ID_DA","ETAB_SIRET","HEURES","MONTANTS","EFFECTIFS","MOIS"'
v='"000001f001","50799909200012",166.17,1246.28,2.0,"2018-12-01"'; s=507999092
common_traps "$v" $s
row "$(set_field "$v" 4 -1246.28)" negative-amount negative_value "negative MONTANTS"
row "$(set_field "$v" 3 NaN)" nan-hours "invalid_number|hours_out_of_range" "HEURES NaN"
row "$(set_field "$v" 1 '""')" missing-request missing_field "empty ID_DA"
end_traps "$v" $s

sep=";"
format=etats_financiers; start_file etats_financiers.csv ";" "siren;date_cloture;duree_exercice_mois;source;chiffre_affaires;excedent_brut_exploitation;resultat_exploitation;valeur_ajoutee;charges_personnel;capitaux_propres;dettes;besoin_fonds_roulement;tresorerie;frais_financiers;capacite_autofinancement;dettes_financieres;dettes_fournisseurs;creances_clients;achats;actif_circulant;dettes_court_terme;total_bilan;fonds_roulement_net_global;resultat_net;effectif"
v="930924758;2018-04-30;12;sim;5339830;1323167;1136273;2669915;1266650;768803;2957028;-117244;303490;81175;978218;2319287;485743;446333;2669915;1055916;869670;3725831;186246;791324;45"; s=930924758
common_traps "$v" $s
row "$(set_field "$v" 7 -1136273)" negative-result accepted "a negative résultat d'exploitation: normal for a firm in difficulty"
row "$(set_field "$v" 2 3018-04-30)" future-date invalid_date "date_cloture in 3018"
row "$(set_field "$v" 3 0)" absurd-duration invalid_range "fiscal year of 0 months"
end_traps "$v" $s

sep=","
format=sirene_ul; start_file sirene_ul.csv "," "siren,statutDiffusionUniteLegale,unitePurgeeUniteLegale,dateCreationUniteLegale,sigleUniteLegale,sexeUniteLegale,prenom1UniteLegale,prenom2UniteLegale,prenom3UniteLegale,prenom4UniteLegale,prenomUsuelUniteLegale,pseudonymeUniteLegale,identifiantAssociationUniteLegale,trancheEffectifsUniteLegale,anneeEffectifsUniteLegale,dateDernierTraitementUniteLegale,nombrePeriodesUniteLegale,categorieEntreprise,anneeCategorieEntreprise,dateDebut,etatAdministratifUniteLegale,nomUniteLegale,nomUsageUniteLegale,denominationUniteLegale,denominationUsuelle1UniteLegale,denominationUsuelle2UniteLegale,denominationUsuelle3UniteLegale,categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale,nomenclatureActivitePrincipaleUniteLegale,activitePrincipaleNAF25UniteLegale,nicSiegeUniteLegale,economieSocialeSolidaireUniteLegale,caractereEmployeurUniteLegale"
v="531212520,O,,2004-01-08,ALFOTRA,,,,,,,,,,,,,,,,A,,,ALFOTRA Batiment,,,,6540,43.99B,NAFRev2,,00013,,"; s=531212520
common_traps "$v" $s
row "$(set_field "$v" 4 2004-02-30)" nonexistent-date accepted "dateCreationUniteLegale 2004-02-30: an impossible optional Sirene date is read as missing, the line is kept"
end_traps "$v" $s

format=sirene; start_file sirene.csv "," "siren,nic,siret,statutDiffusionEtablissement,dateCreationEtablissement,trancheEffectifsEtablissement,anneeEffectifsEtablissement,activitePrincipaleRegistreMetiersEtablissement,dateDernierTraitementEtablissement,etablissementSiege,nombrePeriodesEtablissement,complementAdresseEtablissement,numeroVoieEtablissement,indiceRepetitionEtablissement,typeVoieEtablissement,libelleVoieEtablissement,codePostalEtablissement,libelleCommuneEtablissement,libelleCommuneEtrangerEtablissement,distributionSpecialeEtablissement,codeCommuneEtablissement,codeCedexEtablissement,libelleCedexEtablissement,codePaysEtrangerEtablissement,libellePaysEtrangerEtablissement,complementAdresse2Etablissement,numeroVoie2Etablissement,indiceRepetition2Etablissement,typeVoie2Etablissement,libelleVoie2Etablissement,codePostal2Etablissement,libelleCommune2Etablissement,libelleCommuneEtranger2Etablissement,distributionSpeciale2Etablissement,codeCommune2Etablissement,codeCedex2Etablissement,libelleCedex2Etablissement,codePaysEtranger2Etablissement,libellePaysEtranger2Etablissement,dateDebut,etatAdministratifEtablissement,enseigne1Etablissement,enseigne2Etablissement,enseigne3Etablissement,denominationUsuelleEtablissement,activitePrincipaleEtablissement,nomenclatureActivitePrincipaleEtablissement,caractereEmployeurEtablissement,longitude,latitude,geo_score,geo_type,geo_adresse,geo_id,geo_ligne,geo_l4,geo_l5"
v="531212520,00013,53121252000013,O,2004-01-08,,,,,true,,,,,,,01980,Fosud,,,01247,,,,,,,,,,,,,,,,,,,,A,,,,,43.99B,NAFRev2,,,,,,,,,,"; s=531212520
common_traps "$v" $s
row "$(set_field "$v" 10 peut-etre)" wrong-boolean invalid_boolean "etablissementSiege 'peut-etre'"
row "$(set_field "$(set_field "$v" 2 00014)" 3 53121252000014)" bad-nic invalid_siret_checksum "nic and SIRET with a wrong Luhn digit"
end_traps "$v" $s

format=sirene_histo; start_file sirene_histo.csv "," "siren,nic,siret,dateFin,dateDebut,etatAdministratifEtablissement,changementEtatAdministratifEtablissement,enseigne1Etablissement,enseigne2Etablissement,enseigne3Etablissement,changementEnseigneEtablissement,denominationUsuelleEtablissement,changementDenominationUsuelleEtablissement,activitePrincipaleEtablissement,nomenclatureActivitePrincipaleEtablissement,changementActivitePrincipaleEtablissement,caractereEmployeurEtablissement,changementCaractereEmployeurEtablissement"
v="531212520,00013,53121252000013,,2004-01-08,A,true,,,,false,,false,43.99B,NAFRev2,false,,false"; s=531212520
common_traps "$v" $s
row "$(set_field "$v" 5 2004-13-08)" nonexistent-date invalid_date "dateDebut 2004-13-08"
end_traps "$v" $s

# Encoding traps (the connector detects the encoding; every line of these files is valid).
sep=";"; format=delai
dh="Urssaf_gestion;Dep;Siret;Numero_compte_externe;Numero_structure;Date_creation;Date_echeance;Duree_delai;Denomination_premiere_ligne;Indic_6M;Annee_creation;Montant_global_echeancier;Code_externe_stade;Code_externe_action"
dv=";;84209981400019;196921616736618904;8420998100001;05/01/2019;05/04/2019;90;%s de Dordogne;INF;2019;7309.00;APPROB;DELAI"
enc_file() { # enc_file <name> <case> <description> <bytes of the accented word...>
  local name="$1" case="$2" desc="$3"; shift 3
  { [ "$case" = bom ] && printf '\xef\xbb\xbf'; printf '%s\n' "$dh"; for w in "$@"; do printf "$dv\n" "$(printf "$w")"; done; } > "$here/files/$name"
  local n=1; for _ in "$@"; do n=$((n + 1)); printf 'file\tdelai\t%s\t%s\t\t%s\taccepted\t%s\n' "$name" "$n" "$case" "$desc" >> "$manifest"; done
}
enc_file delai_bom.csv bom "UTF-8 with a byte order mark" '\xc3\x89tudes'
enc_file delai_cp1252.csv cp1252 "Windows-1252 without a mark (detected)" '\xc9tudes' '\xe9tudes'
enc_file delai_mixed.csv mixed "UTF-8 and Windows-1252 lines in one file (detected MIXED, read as cp1252)" '\xc3\x89tudes' '\xc9tudes'

# ------------------------------------------------------------------------------------------ Kafka messages
# One folder per source topic (schema): numbered message bodies, sent in order with the key of the manifest.
# The valid bodies are the examples of docs/events.md (decoded by EventJsonTests, so they stay current).
example() { # the JSON example of a schema in docs/events.md, on one line
  awk -v s="## \`$1\` " 'index($0, s) == 1 {f = 1; next} f && /^```json/ {g = 1; next} g && /^```/ {exit} g {print}' "$docs" \
    | sed -e 's/^ *//' -e 's/": /":/g' | tr -d '\n'
}
msg=0; dir=""
start_topic() { schema="$1"; dir="$here/kafka/$schema"; mkdir -p "$dir"; msg=0; }
message() { # message <key> <case> <expected> <description> (body on stdin)
  msg=$((msg + 1)); local name; name=$(printf '%02d-%s.msg' "$msg" "$2")
  cat > "$dir/$name"
  printf 'kafka\t%s\t%s\t\t%s\t%s\t%s\t%s\n' "$schema" "$schema/$name" "$1" "$2" "$3" "$4" >> "$manifest"
}
K=542107651
for schema in sirene.unite_legale sirene.etablissement sirene.etablissement_periode urssaf.cotisation urssaf.debit \
              urssaf.delai urssaf.ccsf urssaf.effectif urssaf.effectif_ent urssaf.procol dgefp.ap_demande dgefp.ap_conso \
              fin.etats_financiers; do
  start_topic "$schema"
  e=$(example "$schema")
  [ -n "$e" ] || { echo "no example for $schema in $docs" >&2; exit 1; }
  message $K valid accepted "the documented example" < <(printf '%s' "$e")
  message $K not-json invalid_json "a CSV-like line" < <(printf 'this is not JSON;%s;2024-03-20' $K)
  message $K empty-body invalid_json "an empty message" < <(printf '')
  message $K truncated invalid_json "the example cut in half" < <(printf '%s' "${e:0:$((${#e} / 2))}")
  message $K wrong-type invalid_json "siren as a number" < <(printf '%s' "$e" | sed "s/\"siren\":\"$K\"/\"siren\":$K/")
  message $K missing-siren invalid_json "no siren" < <(printf '%s' "$e" | sed "s/\"siren\":\"$K\",//")
  message 54210765 siren-8-digits "invalid_siren_format|invalid_json" "an 8-digit SIREN (and key)" < <(printf '%s' "$e" | sed "s/$K/54210765/g")
  message 542107652 bad-check-digit invalid_siren_checksum "SIREN with a wrong Luhn digit (and key)" < <(printf '%s' "$e" | sed "s/$K/542107652/g")
  message 552100554 key-mismatch key_mismatch "a key that is not the event's SIREN" < <(printf '%s' "$e")
  message "" no-key key_mismatch "no key" < <(printf '%s' "$e")
  message $K unknown-schema unknown_schema "an unknown source" < <(printf '%s' "$e" | sed "s/\"schema\":\"$schema\"/\"schema\":\"urssaf.inconnu\"/")
  message $K unsupported-version unsupported_schema_version "version 99" < <(printf '%s' "$e" | sed 's/"version":1/"version":99/')
  message $K absurd-date invalid_date "delivered in 3024" < <(printf '%s' "$e" | sed 's/"deliveredOn":"[0-9-]*"/"deliveredOn":"3024-03-20"/')
  message $K nonexistent-date invalid_json "delivered on 2024-02-30" < <(printf '%s' "$e" | sed 's/"deliveredOn":"[0-9-]*"/"deliveredOn":"2024-02-30"/')
  message $K duplicate accepted "the example again (a duplicate, merged by the firm)" < <(printf '%s' "$e")
  message $K huge-message oversized_input "the example padded to 300 KB" < <({ printf '%s' "${e%\}}"; printf ',"pad":"'; huge $HUGE; printf '"}'; })
  message $K bom invalid_json "a UTF-8 byte order mark before the JSON" < <(printf '\xef\xbb\xbf%s' "$e")
  message $K binary invalid_json "bytes that are not text" < <(printf '\xff\xfe\x00\x01\x80')
  message $K unknown-member accepted "an unknown member (added optional fields keep the version)" < <(printf '%s' "$e" | sed 's/}}$/,"extra":{"nested":[1,2,3]}}}/')
  case "$schema" in
    urssaf.debit)
      message $K negative-part-ouvriere negative_value "negative remaining debt" < <(printf '%s' "$e" | sed 's/"partOuvriere":[0-9.]*/"partOuvriere":-4120.55/')
      message $K negative-part-patronale negative_value "negative remaining debt" < <(printf '%s' "$e" | sed 's/"partPatronale":[0-9.]*/"partPatronale":-1/')
      message $K negative-historique negative_value "negative numeroHistorique" < <(printf '%s' "$e" | sed 's/"numeroHistorique":[0-9]*/"numeroHistorique":-2/')
      message $K negative-etat-compte negative_value "negative etatCompte" < <(printf '%s' "$e" | sed 's/"etatCompte":[0-9]*/"etatCompte":-1/')
      message $K nan-amount invalid_json "NaN is not JSON" < <(printf '%s' "$e" | sed 's/"partOuvriere":[0-9.]*/"partOuvriere":NaN/') ;;
    urssaf.cotisation)
      message $K negative-due accepted "negative amount due: a regularisation" < <(printf '%s' "$e" | sed 's/"du":[0-9.]*/"du":-18250.0/')
      message $K negative-collected accepted "negative amount collected: a refund" < <(printf '%s' "$e" | sed 's/"encaisse":[0-9.]*/"encaisse":-1.5/') ;;
    urssaf.delai)
      message $K negative-plan-total negative_value "negative plan total" < <(printf '%s' "$e" | sed 's/"montantEcheancier":[0-9.]*/"montantEcheancier":-10/') ;;
    dgefp.ap_conso)
      message $K negative-amount negative_value "negative amount consumed" < <(printf '%s' "$e" | sed 's/"montant":[0-9.]*/"montant":-3735.1/') ;;
    dgefp.ap_demande)
      message $K negative-hours hours_out_of_range "negative hours" < <(printf '%s' "$e" | sed 's/"heuresAutorisees":[0-9.]*/"heuresAutorisees":-1/') ;;
    urssaf.effectif)
      message $K negative-headcount headcount_out_of_range "negative headcount" < <(printf '%s' "$e" | sed 's/"effectif":48/"effectif":-48/') ;;
  esac
  message $K valid-last accepted "the example after every trap: consumption went on" < <(printf '%s' "$e")
done
echo "corpus: $(($(wc -l < "$manifest") - 1)) cases in $manifest"
