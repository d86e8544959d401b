import type Database from 'better-sqlite3'

/**
 * The SQLite schema as a list of migrations. `PRAGMA user_version` holds how many have
 * run; each pending one runs in its own transaction together with the version bump, so
 * a crash leaves the database at a version it really has. Never edit a migration that
 * has shipped: add one.
 *
 * Migration 1 is the schema from before versioning, written with `IF NOT EXISTS` so a
 * database created then (user_version 0, tables present) passes through it untouched.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE IF NOT EXISTS board_updates (
    board_id   TEXT    NOT NULL,
    seq        INTEGER NOT NULL,
    data       BLOB    NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (board_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS board_assets (
    board_id     TEXT    NOT NULL,
    asset_id     TEXT    NOT NULL,
    content_type TEXT    NOT NULL,
    data         BLOB    NOT NULL,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (board_id, asset_id)
  );
  `,
  // Board records: title, archived flag and, per role, the SHA-256 of its link token and
  // how often that link was rotated. Tokens themselves are never stored.
  `
  CREATE TABLE boards (
    id                   TEXT    NOT NULL PRIMARY KEY,
    title                TEXT    NOT NULL,
    archived             INTEGER NOT NULL DEFAULT 0,
    created_at           INTEGER NOT NULL,
    facilitator_hash     TEXT    NOT NULL,
    participant_hash     TEXT    NOT NULL,
    observer_hash        TEXT    NOT NULL,
    facilitator_rotation INTEGER NOT NULL DEFAULT 0,
    participant_rotation INTEGER NOT NULL DEFAULT 0,
    observer_rotation    INTEGER NOT NULL DEFAULT 0
  ) WITHOUT ROWID;
  `,
  // Issue 11 (history): checkpoints, kept apart from the log so compaction never touches
  // them, and one compaction lease per board so only one process compacts at a time.
  `
  CREATE TABLE board_checkpoints (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    board_id   TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    label      TEXT,
    seq        INTEGER NOT NULL,
    data       BLOB    NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX board_checkpoints_by_board ON board_checkpoints (board_id, id);
  CREATE TABLE board_compaction_leases (
    board_id   TEXT    NOT NULL PRIMARY KEY,
    holder     TEXT    NOT NULL,
    expires_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  `,
  // Authority (issue 10), one entry that may move behind other branches' migrations:
  // values the server keeps for one person and shows nobody else (SecretStore.ts), e.g.
  // one person's answers on a six-elements check. Never part of a board's log or export.
  `
  CREATE TABLE board_secrets (
    board_id   TEXT    NOT NULL,
    scope      TEXT    NOT NULL,
    person_id  TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (board_id, scope, person_id)
  ) WITHOUT ROWID;
  `,
  // Join codes (issue 15; one entry, reorder freely at merge): per board and role, a key
  // derived from the code and the role's token sealed with it. Never a code or a token.
  `
  CREATE TABLE join_codes (
    lookup   TEXT NOT NULL PRIMARY KEY,
    board_id TEXT NOT NULL,
    role     TEXT NOT NULL,
    sealed   TEXT NOT NULL,
    UNIQUE (board_id, role)
  ) WITHOUT ROWID;
  `,
]

/** Brings a database up to the latest schema; refuses one written by a newer version. */
export function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version > MIGRATIONS.length) {
    throw new Error(
      `The database is at schema version ${version}, newer than this server knows ` +
        `(${MIGRATIONS.length}). Run a newer Common Ground, or restore a backup.`,
    )
  }
  MIGRATIONS.forEach((sql, index) => {
    if (index < version) return
    db.transaction(() => {
      db.exec(sql)
      db.pragma(`user_version = ${index + 1}`)
    })()
  })
}
