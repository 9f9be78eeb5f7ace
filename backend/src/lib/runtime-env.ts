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

/** What the Stripe payment provider, its webhook check and the reconciliation job need. */
export type StripeSettings = {
  apiKey: string
  webhookSecret: string
  /** Only for test rigs: an offline Stripe API (e.g. http://127.0.0.1:12111). */
  apiBase?: string
}

export class StripeConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "StripeConfigError"
  }
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"])

/**
 * Stripe is on only when STRIPE_API_KEY is set; without it the store keeps
 * Medusa's manual provider (pp_system_default). With a key, the webhook
 * signing secret is required in every environment: without it Medusa would
 * answer 200 to every webhook and then fail to verify any of them, so paid
 * orders would depend on the browser alone. In production the values must
 * also look like real Stripe credentials, and STRIPE_API_BASE may only point
 * at a loopback address (an offline test rig), never at another host.
 */
export function readStripeSettings(env: Env): StripeSettings | null {
  const apiKey = env.STRIPE_API_KEY?.trim()
  if (!apiKey) return null
  const webhookSecret = env.STRIPE_WEBHOOK_SECRET?.trim()
  if (!webhookSecret) {
    throw new StripeConfigError(
      "STRIPE_WEBHOOK_SECRET is missing while STRIPE_API_KEY is set. Copy the endpoint's signing secret (whsec_…) from the Stripe Dashboard, or from `stripe listen`, before starting."
    )
  }
  const apiBase = env.STRIPE_API_BASE?.trim() || undefined
  if (apiBase) {
    let url: URL
    try {
      url = new URL(apiBase)
    } catch {
      throw new StripeConfigError(`STRIPE_API_BASE is not a URL (got "${apiBase}")`)
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new StripeConfigError(`STRIPE_API_BASE must be an http(s) URL (got "${apiBase}")`)
    }
    if (isProduction(env) && !LOOPBACK_HOSTS.has(url.hostname)) {
      throw new StripeConfigError("STRIPE_API_BASE may only point at a loopback address in production: unset it to talk to api.stripe.com.")
    }
  }
  if (isProduction(env)) {
    if (!/^(sk|rk)_(test|live)_\S+$/.test(apiKey)) {
      throw new StripeConfigError("STRIPE_API_KEY must be a Stripe secret or restricted key (sk_live_…, rk_live_…, or a test key for staging).")
    }
    if (!/^whsec_\S{8,}$/.test(webhookSecret)) {
      throw new StripeConfigError("STRIPE_WEBHOOK_SECRET must be the endpoint's signing secret (whsec_…).")
    }
  }
  return { apiKey, webhookSecret, ...(apiBase ? { apiBase } : {}) }
}
