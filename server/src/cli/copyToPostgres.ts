import { join } from 'node:path'
import { readConfig } from '../config.js'
import { SQLITE_FILE } from '../startServer.js'
import { PgDatabase } from '../storage/postgres/PgDatabase.js'
import { copySqliteToPostgres } from './copySqliteToPostgres.js'

/**
 * `DATABASE_URL=… REDIS_URL=… PERSON_SECRET=… node server/dist/cli/copyToPostgres.js`
 *
 * Copies every board of DATA_DIR's SQLite file (logs, checkpoints, records, assets,
 * secrets) into DATABASE_URL and verifies the copy. Stop the server first: what it writes
 * during the copy would be left behind.
 */
async function main(): Promise<number> {
  const config = readConfig(process.env)
  if (config.cluster === null) {
    console.error('Set DATABASE_URL (and REDIS_URL, PERSON_SECRET) to the deployment to copy into.')
    return 2
  }
  const file = join(config.dataDir, SQLITE_FILE)
  const target = await PgDatabase.open({
    connectionString: config.cluster.databaseUrl,
    schema: config.cluster.databaseSchema,
    poolSize: 2,
  })
  try {
    const report = await copySqliteToPostgres(file, target)
    console.log(`Copied ${report.boards} boards from ${file} and verified every table:`)
    for (const [table, rows] of Object.entries(report.rows)) console.log(`  ${table}: ${rows} rows`)
    return 0
  } finally {
    await target.close()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`copyToPostgres failed: ${(error as Error).message}`)
    process.exit(1)
  },
)
