/**
 * Reads the backend's runtime settings from the environment.
 * Pure: takes an env object, returns values or throws — no Medusa imports,
 * so medusa-config.ts and the tests share exactly one rule.
 */

export type Env = Record<string, string | undefined>

/** Secrets that appear in tutorials and starters; never acceptable in production. */
const WELL_KNOWN_SECRETS = new Set([
  "supersecret",
  "secret",
  "changeme",
  "change-me",
  "medusa",
  "password",
  "jwt_secret",
  "cookie_secret",
  "development-only-secret",
])

export const MIN_PRODUCTION_SECRET_LENGTH = 32

/** Used only outside production so that `npm start` works with no setup. */
export const DEVELOPMENT_SECRET = "development-only-secret"

export class InsecureSecretError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`${variable} ${reason}. Set ${variable} to a random value of at least ${MIN_PRODUCTION_SECRET_LENGTH} characters (e.g. \`openssl rand -hex 32\`) before starting in production.`)
    this.name = "InsecureSecretError"
  }
}

export function isProduction(env: Env): boolean {
  return env.NODE_ENV === "production"
}

/**
 * A secret from the environment. In production it must be set, long and not
 * a well-known value; elsewhere a fixed development value stands in.
 */
export function readSecret(env: Env, variable: string): string {
  const value = env[variable]?.trim()
  if (!isProduction(env)) {
    return value || DEVELOPMENT_SECRET
  }
  if (!value) {
    throw new InsecureSecretError(variable, "is missing")
  }
  if (WELL_KNOWN_SECRETS.has(value.toLowerCase())) {
    throw new InsecureSecretError(variable, "is a well-known example value")
  }
  if (value.length < MIN_PRODUCTION_SECRET_LENGTH) {
    throw new InsecureSecretError(variable, `is shorter than ${MIN_PRODUCTION_SECRET_LENGTH} characters`)
  }
  return value
}

export type WorkerMode = "shared" | "server" | "worker"

export function readWorkerMode(env: Env): WorkerMode {
  const mode = env.MEDUSA_WORKER_MODE ?? "shared"
  if (mode !== "shared" && mode !== "server" && mode !== "worker") {
    throw new Error(`MEDUSA_WORKER_MODE must be shared, server or worker (got "${mode}")`)
  }
  return mode
}
