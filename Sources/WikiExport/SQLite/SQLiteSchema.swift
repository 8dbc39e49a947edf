/// The SQLite schema wikiconv writes (documented, with example queries, in `docs/sqlite.md`).
///
/// Every child row belongs to an article through foreign keys with `ON DELETE CASCADE`, so
/// deleting an article (as re-converting it does) removes all of its rows. Positions are
/// 1-based source order; `row`/`col` are zero-based grid slots, as in the JSON.
public enum SQLiteSchema {
    /// The schema version stored in `PRAGMA user_version`.
    public static let version = 2

    /// The tables, in dependency order.
    public static let tables = """
    CREATE TABLE IF NOT EXISTS articles (
        id          INTEGER PRIMARY KEY,
        title       TEXT NOT NULL UNIQUE,
        path        TEXT,
        page_id     INTEGER,
        revision_id INTEGER
    );
    CREATE TABLE IF NOT EXISTS templates_seen (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name       TEXT NOT NULL,
        count      INTEGER NOT NULL,
        PRIMARY KEY (article_id, name)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS infoboxes (
        id         INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        template   TEXT NOT NULL,
        line       INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS infobox_fields (
        id          INTEGER PRIMARY KEY,
        infobox_id  INTEGER NOT NULL REFERENCES infoboxes(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        key         TEXT NOT NULL,
        group_index INTEGER,
        raw         TEXT NOT NULL,
        text        TEXT NOT NULL,
        kind        TEXT NOT NULL,
        number      REAL,
        low         REAL,
        high        REAL,
        unit        TEXT,
        iso         TEXT,
        status      TEXT,
        notes       TEXT,
        line        INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS tables (
        id           INTEGER PRIMARY KEY,
        article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        section      TEXT,
        caption      TEXT,
        line         INTEGER NOT NULL,
        class        TEXT,
        header_rows  INTEGER NOT NULL,
        row_count    INTEGER NOT NULL,
        column_count INTEGER NOT NULL,
        parent_table INTEGER,
        parent_row   INTEGER,
        parent_col   INTEGER
    );
    CREATE TABLE IF NOT EXISTS table_columns (
        table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
        col      INTEGER NOT NULL,
        name     TEXT NOT NULL,
        PRIMARY KEY (table_id, col)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS table_cells (
        table_id    INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
        row         INTEGER NOT NULL,
        col         INTEGER NOT NULL,
        origin_row  INTEGER NOT NULL,
        origin_col  INTEGER NOT NULL,
        header      INTEGER NOT NULL,
        raw         TEXT NOT NULL,
        text        TEXT NOT NULL,
        kind        TEXT NOT NULL,
        number      REAL,
        style_party TEXT,
        notes       TEXT,
        PRIMARY KEY (table_id, row, col)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS contests (
        id               INTEGER PRIMARY KEY,
        article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position         INTEGER NOT NULL,
        kind             TEXT NOT NULL,
        title            TEXT,
        section          TEXT,
        line             INTEGER NOT NULL,
        seat_types       TEXT NOT NULL,
        valid            INTEGER,
        invalid          INTEGER,
        blank            INTEGER,
        electorate       INTEGER,
        turnout          INTEGER,
        turnout_percent  REAL,
        majority         INTEGER,
        majority_percent REAL,
        result           TEXT,
        result_party     TEXT,
        from_party       TEXT,
        to_party         TEXT,
        swing            REAL,
        quota            INTEGER
    );
    CREATE TABLE IF NOT EXISTS contest_rows (
        id               INTEGER PRIMARY KEY,
        contest_id       INTEGER NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
        position         INTEGER NOT NULL,
        party            TEXT,
        candidate        TEXT,
        votes            INTEGER,
        percent          REAL,
        percent_computed INTEGER NOT NULL,
        seats            INTEGER,
        seat_change      INTEGER,
        swing            REAL,
        elected          INTEGER NOT NULL,
        notes            TEXT,
        line             INTEGER NOT NULL,
        counts           TEXT
    );
    CREATE TABLE IF NOT EXISTS contest_seats (
        row_id    INTEGER NOT NULL REFERENCES contest_rows(id) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        seat_type TEXT NOT NULL,
        seats     INTEGER NOT NULL,
        PRIMARY KEY (row_id, seat_type)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS findings (
        id         INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        rule       TEXT NOT NULL,
        severity   TEXT NOT NULL,
        message    TEXT NOT NULL,
        expected   TEXT,
        actual     TEXT,
        file       TEXT,
        line       INTEGER,
        table_position   INTEGER,
        infobox_position INTEGER,
        contest_position INTEGER,
        row        INTEGER,
        col        INTEGER,
        field      TEXT
    );
    """

    /// Indexes on every foreign key (cascading deletes need them) and on common lookups.
    public static let indexes = """
    CREATE INDEX IF NOT EXISTS infoboxes_article ON infoboxes(article_id, position);
    CREATE INDEX IF NOT EXISTS infobox_fields_infobox ON infobox_fields(infobox_id, position);
    CREATE INDEX IF NOT EXISTS infobox_fields_key ON infobox_fields(key);
    CREATE INDEX IF NOT EXISTS tables_article ON tables(article_id, position);
    CREATE INDEX IF NOT EXISTS contests_article ON contests(article_id, position);
    CREATE INDEX IF NOT EXISTS contest_rows_contest ON contest_rows(contest_id, position);
    CREATE INDEX IF NOT EXISTS contest_rows_party ON contest_rows(party);
    CREATE INDEX IF NOT EXISTS findings_article ON findings(article_id);
    CREATE INDEX IF NOT EXISTS findings_rule ON findings(rule, severity);
    """

    /// Views answering common questions without joins.
    public static let views = """
    CREATE VIEW IF NOT EXISTS election_results AS
    SELECT a.title AS article, c.id AS contest_id, COALESCE(c.title, c.section, c.kind) AS contest,
           c.kind AS kind, r.position AS position, r.party AS party, r.candidate AS candidate,
           r.votes AS votes, r.percent AS percent, r.seats AS seats, r.elected AS elected
    FROM contest_rows r
    JOIN contests c ON c.id = r.contest_id
    JOIN articles a ON a.id = c.article_id;
    CREATE VIEW IF NOT EXISTS infobox_values AS
    SELECT a.title AS article, i.position AS infobox, i.template AS template, f.key AS key,
           f.group_index AS group_index, f.raw AS raw, f.text AS text, f.kind AS kind,
           f.number AS number, f.unit AS unit, f.line AS line
    FROM infobox_fields f
    JOIN infoboxes i ON i.id = f.infobox_id
    JOIN articles a ON a.id = i.article_id;
    CREATE VIEW IF NOT EXISTS table_values AS
    SELECT a.title AS article, t.position AS table_position, t.section AS section, c.row AS row,
           c.col AS col, tc.name AS column_name, c.text AS text, c.kind AS kind, c.number AS number
    FROM table_cells c
    JOIN tables t ON t.id = c.table_id
    JOIN articles a ON a.id = t.article_id
    LEFT JOIN table_columns tc ON tc.table_id = c.table_id AND tc.col = c.col
    WHERE c.row >= t.header_rows;
    """

    /// Creates whatever is missing, and refuses a database written by another schema version.
    public static func create(in database: SQLiteDatabase) throws {
        let found = try database.query("PRAGMA user_version").rows.first?.first
        let hasTables = try !database.query("SELECT 1 FROM sqlite_schema WHERE name = 'articles'").rows.isEmpty
        if hasTables, found != .integer(version) {
            throw SQLiteError(code: 1, message: "\(database.path) has schema version \(found?.description ?? "?"), "
                              + "wikiconv writes version \(version): remove the file and convert again")
        }
        try database.transaction {
            try database.execute(tables)
            try database.execute(indexes)
            try database.execute(views)
            try database.execute("PRAGMA user_version = \(version)")
        }
    }
}
