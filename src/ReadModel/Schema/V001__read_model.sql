-- Read model, version 1 (docs/readmodel.md). Released scripts are never edited: a change is a new V00n script.
CREATE TABLE dated_lists (
    list_date date PRIMARY KEY,
    closed_at timestamptz NULL,
    firms integer NOT NULL,
    eleve integer NOT NULL,
    modere integer NOT NULL,
    premieres_alertes integer NOT NULL
);

CREATE TABLE list_entries (
    list_date date NOT NULL,
    siren character varying(9) NOT NULL,
    sequence integer NOT NULL,
    as_of date NOT NULL,
    level character varying(16) NOT NULL,
    score double precision NULL,
    sort_score double precision NOT NULL,
    model_version character varying(128) NULL,
    premiere_alerte boolean NOT NULL,
    raison_sociale character varying(256) NULL,
    search_text character varying(256) NOT NULL,
    departement character varying(3) NULL,
    departements character varying(512) NOT NULL,
    naf character varying(6) NULL,
    naf_section character varying(1) NULL,
    naf_division character varying(2) NULL,
    procedure character varying(32) NOT NULL,
    procedure_date date NULL,
    dette_urssaf_en_hausse boolean NOT NULL,
    activite_partielle_recente boolean NOT NULL,
    delai_urssaf_en_cours boolean NOT NULL,
    effectif double precision NULL,
    chiffre_affaires double precision NULL,
    chiffre_affaires_variation double precision NULL,
    resultat_exploitation double precision NULL,
    excedent_brut_exploitation double precision NULL,
    date_creation date NULL,
    explanation text NOT NULL,
    CONSTRAINT pk_list_entries PRIMARY KEY (list_date, siren)
);

-- The list page: one list in score order; every filter is checked along this scan.
CREATE INDEX ix_list_entries_score ON list_entries (list_date, sort_score DESC, siren);
-- A firm's entries across lists (history, première alerte).
CREATE INDEX ix_list_entries_siren ON list_entries (siren, list_date);
-- The alert rows of a list (counts per filter read only these): partial, so it stays small.
CREATE INDEX ix_list_entries_alerts ON list_entries (list_date, level, premiere_alerte) WHERE level IN ('eleve', 'modere');

CREATE TABLE list_entry_zones (
    list_date date NOT NULL,
    departement character varying(3) NOT NULL,
    siren character varying(9) NOT NULL,
    CONSTRAINT pk_list_entry_zones PRIMARY KEY (list_date, departement, siren),
    CONSTRAINT fk_list_entry_zones_entry FOREIGN KEY (list_date, siren) REFERENCES list_entries (list_date, siren) ON DELETE CASCADE
);

CREATE INDEX ix_list_entry_zones_entry ON list_entry_zones (list_date, siren);

CREATE TABLE projection_positions (
    topic character varying(255) NOT NULL,
    partition integer NOT NULL,
    next_offset bigint NOT NULL,
    CONSTRAINT pk_projection_positions PRIMARY KEY (topic, partition)
);
