/**
 * The PostgreSQL schema as a list of migrations; `schema_migrations` records which have
 * run (PgDatabase.migrate). Never edit a migration that has shipped: add one. The tables
 * mirror the SQLite ones (sqliteMigrations.ts), so `cli/copyToPostgres.ts` copies row for row.
 */
export const PG_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE board_updates (
    board_id   TEXT   NOT NULL,
    seq        BIGINT NOT NULL,
    data       BYTEA  NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (board_id, seq)
  );
  -- H21: the last sequence number handed out per board. An append bumps it in the same
  -- statement that inserts the entry; the row lock orders appends from every process.
  CREATE TABLE board_log_heads (
    board_id TEXT   NOT NULL PRIMARY KEY,
    last_seq BIGINT NOT NULL
  );
  CREATE TABLE board_assets (
    board_id     TEXT   NOT NULL,
    asset_id     TEXT   NOT NULL,
    content_type TEXT   NOT NULL,
    data         BYTEA  NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (board_id, asset_id)
  );
  CREATE TABLE boards (
    id                   TEXT    NOT NULL PRIMARY KEY,
    title                TEXT    NOT NULL,
    archived             BOOLEAN NOT NULL DEFAULT FALSE,
    created_at           BIGINT  NOT NULL,
    facilitator_hash     TEXT    NOT NULL,
    participant_hash     TEXT    NOT NULL,
    observer_hash        TEXT    NOT NULL,
    facilitator_rotation INTEGER NOT NULL DEFAULT 0,
    participant_rotation INTEGER NOT NULL DEFAULT 0,
    observer_rotation    INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE board_checkpoints (
    id         BIGSERIAL PRIMARY KEY,
    board_id   TEXT   NOT NULL,
    kind       TEXT   NOT NULL,
    label      TEXT,
    seq        BIGINT NOT NULL,
    data       BYTEA  NOT NULL,
    created_at BIGINT NOT NULL
  );
  CREATE INDEX board_checkpoints_by_board ON board_checkpoints (board_id, id);
  CREATE TABLE board_compaction_leases (
    board_id   TEXT   NOT NULL PRIMARY KEY,
    holder     TEXT   NOT NULL,
    expires_at BIGINT NOT NULL
  );
  CREATE TABLE board_secrets (
    board_id   TEXT   NOT NULL,
    scope      TEXT   NOT NULL,
    person_id  TEXT   NOT NULL,
    value      TEXT   NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (board_id, scope, person_id)
  );
  -- A22: per board and role, a key derived from the join code and the role's token
  -- sealed with it. Never a code or a token.
  CREATE TABLE join_codes (
    lookup   TEXT NOT NULL PRIMARY KEY,
    board_id TEXT NOT NULL,
    role     TEXT NOT NULL,
    sealed   TEXT NOT NULL,
    UNIQUE (board_id, role)
  );
  `,
]
