#include "project/ProjectSchema.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace sna {

namespace {

// Version 1: the first release format.
// crime_record deliberately declares no foreign keys: it is bulk-loaded by the importer, which
// owns the dictionary ids it writes, and a per-row FK probe would double the load time.
// Deleting a dataset deletes its rows explicitly (DatasetStore::remove).
const char* kVersion1 = R"sql(
CREATE TABLE meta(
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Choices that govern the analysis (suppression thresholds, baseline year …), by key.
CREATE TABLE analysis_setting(
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE partnership(
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL,
    coordinator TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE area(
    code     TEXT PRIMARY KEY,
    name     TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL
) STRICT;

CREATE TABLE authority(
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    position INTEGER NOT NULL
) STRICT;

CREATE TABLE dataset(
    id               INTEGER PRIMARY KEY,
    format           TEXT NOT NULL,
    file_name        TEXT NOT NULL,
    file_sha256      TEXT NOT NULL,
    file_size        INTEGER NOT NULL,
    imported_at      TEXT NOT NULL,
    importer_version TEXT NOT NULL,
    rows_read        INTEGER NOT NULL,
    rows_stored      INTEGER NOT NULL,
    rows_rejected    INTEGER NOT NULL,
    period_start     INTEGER,
    period_end       INTEGER,
    partner          TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE rejected_row(
    dataset_id  INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    line        INTEGER NOT NULL,
    column_name TEXT NOT NULL DEFAULT '',
    value       TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL
) STRICT;
CREATE INDEX rejected_row_dataset ON rejected_row(dataset_id);

CREATE TABLE force(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE) STRICT;
CREATE TABLE crime_category(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE) STRICT;
CREATE TABLE outcome(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE) STRICT;
CREATE TABLE place(id INTEGER PRIMARY KEY, description TEXT NOT NULL UNIQUE) STRICT;
CREATE TABLE lsoa(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL) STRICT;

CREATE TABLE crime_record(
    dataset_id   INTEGER NOT NULL,
    line         INTEGER NOT NULL,
    crime_id     BLOB,
    month        INTEGER NOT NULL,
    reported_by  INTEGER,
    falls_within INTEGER,
    longitude    REAL,
    latitude     REAL,
    place_id     INTEGER,
    lsoa_id      INTEGER,
    category_id  INTEGER NOT NULL,
    outcome_id   INTEGER,
    context      TEXT
) STRICT;

-- Counted while importing, so summaries never scan the records.
CREATE TABLE crime_count(
    dataset_id  INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    month       INTEGER NOT NULL,
    category_id INTEGER NOT NULL,
    lsoa_id     INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY(dataset_id, month, category_id, lsoa_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE document(
    id   TEXT PRIMARY KEY,
    kind TEXT NOT NULL
) STRICT;

CREATE TABLE section(
    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    position    INTEGER NOT NULL,
    title_en    TEXT NOT NULL,
    title_cy    TEXT NOT NULL,
    body_en     TEXT NOT NULL DEFAULT '',
    body_cy     TEXT NOT NULL DEFAULT '',
    source_lang TEXT NOT NULL DEFAULT 'en' CHECK (source_lang IN ('en', 'cy')),
    items       TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY(document_id, id)
) STRICT;
)sql";

// Version 2: translation status is derived from revisions. Each edit of a section's English or
// Welsh text takes the next revision number of the document; a translation is up to date when
// its revision is at least the source's. Files from version 1 have no history, so text that is
// present in both languages is taken as current.
const char* kVersion2 = R"sql(
ALTER TABLE section ADD COLUMN rev_en INTEGER NOT NULL DEFAULT 0;
ALTER TABLE section ADD COLUMN rev_cy INTEGER NOT NULL DEFAULT 0;
ALTER TABLE section ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
UPDATE section SET rev_en = CASE WHEN body_en <> '' THEN 1 ELSE 0 END,
                   rev_cy = CASE WHEN body_cy <> '' THEN 1 ELSE 0 END;
)sql";

// Version 3: the partnership's local definition of serious violence and how each source's
// categories map onto it. A source category with no row is unmapped; a row with a NULL category
// is explicitly "not serious violence".
const char* kVersion3 = R"sql(
CREATE TABLE sv_category(
    id           TEXT PRIMARY KEY,
    scope        TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    name_cy      TEXT NOT NULL,
    rationale_en TEXT NOT NULL DEFAULT '',
    rationale_cy TEXT NOT NULL DEFAULT '',
    included     INTEGER NOT NULL DEFAULT 1,
    position     INTEGER NOT NULL
) STRICT;

CREATE TABLE sv_mapping(
    source          TEXT NOT NULL,
    source_category TEXT NOT NULL,
    category_id     TEXT REFERENCES sv_category(id) ON DELETE SET NULL,
    PRIMARY KEY(source, source_category)
) STRICT;
)sql";

// Version 4: writing the SNA and the strategy. Sections form an outline (level), can be
// restricted (sensitive) or not applicable with a reason in both languages, and remember the
// template sections merged into them. The partnership records its governance bodies, whom it
// consulted and when, and its milestones. The action
// plan (priorities and actions) and the project's own glossary terms are new tables.
const char* kVersion4 = R"sql(
ALTER TABLE section ADD COLUMN level INTEGER NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 3);
ALTER TABLE section ADD COLUMN sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1));
ALTER TABLE section ADD COLUMN not_applicable INTEGER NOT NULL DEFAULT 0
    CHECK (not_applicable IN (0, 1));
ALTER TABLE section ADD COLUMN na_reason_en TEXT NOT NULL DEFAULT '';
ALTER TABLE section ADD COLUMN na_reason_cy TEXT NOT NULL DEFAULT '';
ALTER TABLE section ADD COLUMN na_rev_en INTEGER NOT NULL DEFAULT 0;
ALTER TABLE section ADD COLUMN na_rev_cy INTEGER NOT NULL DEFAULT 0;
ALTER TABLE section ADD COLUMN merged TEXT NOT NULL DEFAULT '[]';

ALTER TABLE authority ADD COLUMN consulted_on TEXT NOT NULL DEFAULT '';

CREATE TABLE governance_body(
    name     TEXT NOT NULL,
    position INTEGER NOT NULL
) STRICT;

CREATE TABLE milestone(
    kind TEXT PRIMARY KEY,
    due  TEXT NOT NULL DEFAULT '',
    done TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE plan_priority(
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    title_en TEXT NOT NULL DEFAULT '',
    title_cy TEXT NOT NULL DEFAULT '',
    finding  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE plan_action(
    id             INTEGER PRIMARY KEY,
    position       INTEGER NOT NULL,
    title_en       TEXT NOT NULL DEFAULT '',
    title_cy       TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    description_cy TEXT NOT NULL DEFAULT '',
    measure_en     TEXT NOT NULL DEFAULT '',
    measure_cy     TEXT NOT NULL DEFAULT '',
    lead           TEXT NOT NULL DEFAULT '',
    partners       TEXT NOT NULL DEFAULT '[]',
    sector         TEXT NOT NULL DEFAULT '',
    priority_id    INTEGER,
    start_date     TEXT NOT NULL DEFAULT '',
    due_date       TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'not-started'
        CHECK (status IN ('not-started', 'on-track', 'at-risk', 'off-track', 'done')),
    source_lang    TEXT NOT NULL DEFAULT 'en' CHECK (source_lang IN ('en', 'cy')),
    rev_en         INTEGER NOT NULL DEFAULT 0,
    rev_cy         INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE glossary_term(
    en   TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    cy      TEXT NOT NULL,
    note    TEXT NOT NULL DEFAULT '',
    checked INTEGER NOT NULL DEFAULT 1 CHECK (checked IN (0, 1))
) STRICT;
)sql";

// Version 5: partner data import (issue 4). Provenance for every dataset; what each dataset
// covers (for duplicate and overlap detection); the personal-data guard's decisions; column
// mappings saved per partner (partner categories' place in the local definition is kept with
// the definition, in sv_mapping); and the tables of each imported format. Earlier imports were all
// data.police.uk street-level files. outcome_record, like crime_record, is bulk-loaded and has no
// foreign key.
const char* kVersion5 = R"sql(
ALTER TABLE dataset ADD COLUMN authority_type TEXT NOT NULL DEFAULT '';
ALTER TABLE dataset ADD COLUMN received_on TEXT NOT NULL DEFAULT '';
ALTER TABLE dataset ADD COLUMN sharing_basis TEXT NOT NULL DEFAULT '';
ALTER TABLE dataset ADD COLUMN istv_level INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dataset ADD COLUMN imported_by TEXT NOT NULL DEFAULT '';
ALTER TABLE dataset ADD COLUMN encoding TEXT NOT NULL DEFAULT 'utf-8';
ALTER TABLE dataset ADD COLUMN mapping_name TEXT NOT NULL DEFAULT '';
UPDATE dataset SET format = 'police-uk', authority_type = 'public-data',
                   sharing_basis = 'Open Government Licence v3.0',
                   received_on = substr(imported_at, 1, 10)
 WHERE format = 'police-uk-street';

CREATE TABLE dataset_coverage(
    dataset_id   INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    source       TEXT NOT NULL,
    period_start INTEGER NOT NULL DEFAULT 0,
    period_end   INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX dataset_coverage_source ON dataset_coverage(source, period_start);
CREATE INDEX dataset_coverage_dataset ON dataset_coverage(dataset_id);
INSERT INTO dataset_coverage(dataset_id, source, period_start, period_end)
SELECT DISTINCT r.dataset_id, coalesce(f.name, ''), r.month, r.month
  FROM crime_record r LEFT JOIN force f ON f.id = coalesce(r.falls_within, r.reported_by);

CREATE TABLE guard_decision(
    dataset_id  INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    column_name TEXT NOT NULL,
    finding     TEXT NOT NULL,
    decision    TEXT NOT NULL,
    value_count INTEGER NOT NULL DEFAULT 0,
    lines       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX guard_decision_dataset ON guard_decision(dataset_id);

CREATE TABLE import_mapping(
    partner  TEXT NOT NULL,
    name     TEXT NOT NULL,
    mapping  TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY(partner, name)
) STRICT;

CREATE TABLE outcome_record(
    dataset_id   INTEGER NOT NULL,
    line         INTEGER NOT NULL,
    crime_id     BLOB,
    month        INTEGER NOT NULL,
    reported_by  INTEGER,
    falls_within INTEGER,
    longitude    REAL,
    latitude     REAL,
    place_id     INTEGER,
    lsoa_id      INTEGER,
    outcome_id   INTEGER NOT NULL
) STRICT;

CREATE TABLE stop_search_record(
    dataset_id                INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    line                      INTEGER NOT NULL,
    type                      TEXT NOT NULL,
    searched_at               TEXT NOT NULL,
    month                     INTEGER NOT NULL,
    policing_operation        INTEGER,
    operation_name            TEXT,
    latitude                  REAL,
    longitude                 REAL,
    gender                    TEXT,
    age_range                 TEXT,
    self_defined_ethnicity    TEXT,
    officer_defined_ethnicity TEXT,
    legislation               TEXT,
    object_of_search          TEXT,
    outcome                   TEXT,
    outcome_code              TEXT,
    outcome_linked            INTEGER,
    outer_clothing_removed    INTEGER
) STRICT;
CREATE INDEX stop_search_record_dataset ON stop_search_record(dataset_id);

CREATE TABLE indicator_value(
    dataset_id     INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    line           INTEGER NOT NULL,
    indicator_id   INTEGER NOT NULL,
    indicator_name TEXT NOT NULL,
    area_code      TEXT NOT NULL,
    area_name      TEXT NOT NULL,
    area_type      TEXT NOT NULL,
    sex            TEXT NOT NULL,
    age            TEXT NOT NULL,
    category_type  TEXT NOT NULL,
    category       TEXT NOT NULL,
    period         TEXT NOT NULL,
    period_start   INTEGER NOT NULL,
    period_end     INTEGER NOT NULL,
    value          REAL,
    lower_ci95     REAL,
    upper_ci95     REAL,
    count          REAL,
    denominator    REAL,
    value_note     TEXT NOT NULL
) STRICT;
CREATE INDEX indicator_value_dataset ON indicator_value(dataset_id);

CREATE TABLE geo_name(
    dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    level      TEXT NOT NULL,
    year       INTEGER NOT NULL,
    code       TEXT NOT NULL,
    name       TEXT NOT NULL,
    name_cy    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY(dataset_id, level, code)
) STRICT;
CREATE INDEX geo_name_code ON geo_name(code);

CREATE TABLE geo_link(
    dataset_id   INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    child_level  TEXT NOT NULL,
    child_year   INTEGER NOT NULL,
    child_code   TEXT NOT NULL,
    parent_level TEXT NOT NULL,
    parent_year  INTEGER NOT NULL,
    parent_code  TEXT NOT NULL,
    PRIMARY KEY(dataset_id, child_level, child_code, parent_level, parent_code)
) STRICT;
CREATE INDEX geo_link_child ON geo_link(child_code);

-- age_to NULL: open-ended (90+); age_from 0 and age_to NULL with sex 'P' is the total.
CREATE TABLE population(
    dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    area_code  TEXT NOT NULL,
    area_level TEXT NOT NULL,
    year       INTEGER NOT NULL,
    sex        TEXT NOT NULL CHECK (sex IN ('F', 'M', 'P')),
    age_from   INTEGER NOT NULL,
    age_to     INTEGER,
    n          REAL NOT NULL
) STRICT;
CREATE INDEX population_dataset ON population(dataset_id);

CREATE TABLE deprivation(
    dataset_id     INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    measure        TEXT NOT NULL,
    lsoa_code      TEXT NOT NULL,
    rank           INTEGER NOT NULL,
    decile         INTEGER NOT NULL CHECK (decile BETWEEN 1 AND 10),
    decile_derived INTEGER NOT NULL,
    PRIMARY KEY(dataset_id, lsoa_code)
) STRICT;

-- value NULL with a suppression mark ("x", "c" …): not published, never zero.
CREATE TABLE exclusion_value(
    dataset_id       INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    line             INTEGER NOT NULL,
    period           TEXT NOT NULL,
    period_start     INTEGER NOT NULL,
    period_end       INTEGER NOT NULL,
    geographic_level TEXT NOT NULL,
    area_code        TEXT NOT NULL,
    area_name        TEXT NOT NULL,
    breakdown        TEXT NOT NULL,
    measure          TEXT NOT NULL,
    value            REAL,
    suppression      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX exclusion_value_dataset ON exclusion_value(dataset_id);

CREATE TABLE partner_category(
    id     INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    name   TEXT NOT NULL,
    UNIQUE(source, name)
) STRICT;

CREATE TABLE partner_record(
    dataset_id     INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    line           INTEGER NOT NULL,
    period_start   INTEGER NOT NULL,
    period_end     INTEGER NOT NULL,
    day            TEXT,
    area_level     TEXT NOT NULL DEFAULT '',
    area_code      TEXT NOT NULL DEFAULT '',
    category_id    INTEGER NOT NULL,
    n              INTEGER,
    suppressed     INTEGER NOT NULL DEFAULT 0,
    age            INTEGER,
    age_band       TEXT,
    sex            TEXT,
    location_type  TEXT,
    weapon         INTEGER,
    domestic_abuse INTEGER
) STRICT;
CREATE INDEX partner_record_dataset ON partner_record(dataset_id);
)sql";

// Version 6: offline review and sign-off (issue 9). Every project gets an identity, so that a
// reviewer's file or an annotated review copy is only ever merged into the project it came
// from. Named versions keep a whole document as JSON; review copies record where each section
// sits on which page, so that annotations in a PDF can be placed; comments come from the
// application, a reviewer's file or an annotated PDF (origin_key stops a second import of the
// same annotation); sign-off records which version each specified authority approved.
const char* kVersion6 = R"sql(
INSERT OR IGNORE INTO meta(key, value) VALUES ('project_id', lower(hex(randomblob(16))));

CREATE TABLE document_version(
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL DEFAULT '',
    content     TEXT NOT NULL,
    UNIQUE(document_id, name)
) STRICT;

CREATE TABLE review_copy(
    id          TEXT PRIMARY KEY,
    publication TEXT NOT NULL,
    lang        TEXT NOT NULL DEFAULT '',
    layout      TEXT NOT NULL,
    version     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    page_count  INTEGER NOT NULL DEFAULT 0,
    placements  TEXT NOT NULL DEFAULT '[]'
) STRICT;

CREATE TABLE review_comment(
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    parent_uid  TEXT NOT NULL DEFAULT '',
    document_id TEXT NOT NULL,
    section_id  TEXT NOT NULL DEFAULT '',
    lang        TEXT NOT NULL DEFAULT '',
    quote       TEXT NOT NULL DEFAULT '',
    range_start INTEGER NOT NULL DEFAULT -1,
    range_end   INTEGER NOT NULL DEFAULT -1,
    body        TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',
    authority   TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
    resolved_by TEXT NOT NULL DEFAULT '',
    resolved_at TEXT NOT NULL DEFAULT '',
    origin      TEXT NOT NULL DEFAULT 'app',
    origin_key  TEXT UNIQUE,
    review_id   TEXT NOT NULL DEFAULT '',
    page        INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX review_comment_section ON review_comment(document_id, section_id);

CREATE TABLE signoff(
    id          INTEGER PRIMARY KEY,
    authority   TEXT NOT NULL,
    document_id TEXT NOT NULL,
    version     TEXT NOT NULL,
    signed_by   TEXT NOT NULL,
    signed_on   TEXT NOT NULL,
    conditions  TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
) STRICT;
)sql";

// Version 7: the analysis (issue 5). Partner records keep the hour of the day when the partner's
// file gives a time (for the hour × weekday picture); the data gaps register keeps the analyst's
// status and notes for each kind of data the guidance expects (para 147), in both languages.
const char* kVersion7 = R"sql(
ALTER TABLE partner_record ADD COLUMN hour INTEGER CHECK (hour BETWEEN 0 AND 23);

CREATE TABLE data_gap(
    kind    TEXT PRIMARY KEY,
    status  TEXT NOT NULL DEFAULT '',
    note_en TEXT NOT NULL DEFAULT '',
    note_cy TEXT NOT NULL DEFAULT ''
) STRICT;
)sql";

} // namespace

const std::vector<ProjectSchema::Migration>& ProjectSchema::migrations()
{
    static const std::vector<Migration> list{{1, kVersion1}, {2, kVersion2}, {3, kVersion3},
                                             {4, kVersion4}, {5, kVersion5}, {6, kVersion6},
                                             {7, kVersion7}};
    return list;
}

Status ProjectSchema::exec(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return makeError(
            QCoreApplication::translate("sna::ProjectSchema", "Database error: %1").arg(text));
    }
    return {};
}

Result<int> ProjectSchema::pragmaInt(sqlite3* db, const char* pragma)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray sql = QByteArray("PRAGMA ") + pragma;
    int rc = sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(statement);
    if (rc != SQLITE_ROW) {
        const QString text = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        return makeError(text);
    }
    const int value = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

Status ProjectSchema::migrate(sqlite3* db, int fromVersion, int toVersion)
{
    for (const Migration& migration : migrations()) {
        if (migration.toVersion <= fromVersion || migration.toVersion > toVersion)
            continue;
        if (auto begun = exec(db, "BEGIN IMMEDIATE"); !begun)
            return begun;
        Status step = exec(db, migration.sql);
        if (step) {
            const QByteArray stamp =
                "PRAGMA user_version = " + QByteArray::number(migration.toVersion) +
                "; PRAGMA application_id = " + QByteArray::number(kApplicationId) + ";";
            step = exec(db, stamp.constData());
        }
        if (step)
            step = exec(db, "COMMIT");
        if (!step) {
            (void)exec(db, "ROLLBACK");
            return makeError(QCoreApplication::translate("sna::ProjectSchema",
                                                         "Could not upgrade the project file to "
                                                         "format %1: %2")
                                 .arg(migration.toVersion)
                                 .arg(step.error().message));
        }
    }
    return {};
}

} // namespace sna
