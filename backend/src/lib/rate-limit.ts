/**
 * Rate limiting for the customer auth routes (Medusa has none of its own).
 *
 * Fixed windows: the first request for a key opens a window of `windowMs`;
 * requests after the `limit`-th within it get 429 with Retry-After until it
 * ends. Keys are the client's address, the submitted email, or both. Counts
 * live in memory (one process) or in Redis when REDIS_URL is set, so several
 * server processes share them.
 */
import { createHash } from "node:crypto"
import Redis from "ioredis"
import { logger as frameworkLogger } from "@medusajs/framework/logger"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"

export type Env = Record<string, string | undefined>

export type RateLimitKey = "ip" | "email" | "ip+email"

export type RateLimitRule = {
  /** Names the counter; rules with different names never share counts. */
  name: string
  limit: number
  windowMs: number
  key: RateLimitKey
}

export type HitResult = { count: number; resetAt: number }

export interface RateLimitStore {
  /** Counts one request for `key` and returns the count in its window and when the window ends. */
  hit(key: string, windowMs: number, now: number): Promise<HitResult>
}

/** Counts in this process only. Expired windows are swept at most once a minute; the map never exceeds maxKeys. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, HitResult>()
  private lastSweep = 0

  constructor(private readonly maxKeys = 100_000) {}

  async hit(key: string, windowMs: number, now: number): Promise<HitResult> {
    if (now - this.lastSweep > 60_000) this.sweep(now)
    let window = this.windows.get(key)
    if (!window || window.resetAt <= now) {
      this.windows.delete(key)
      window = { count: 0, resetAt: now + windowMs }
      this.windows.set(key, window)
      // Maps keep insertion order: drop the oldest windows first when full.
      while (this.windows.size > this.maxKeys) this.windows.delete(this.windows.keys().next().value as string)
    }
    window.count += 1
    return { ...window }
  }

  get size(): number {
    return this.windows.size
  }

  sweep(now: number): void {
    this.lastSweep = now
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key)
  }
}

/** The part of an ioredis client the Redis store uses. */
export type RedisEval = { eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown> }

// Atomically: count, start the window's expiry on the first hit, report the time left.
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return { count, ttl }
`

export class RedisRateLimitStore implements RateLimitStore {
  constructor(private readonly client: RedisEval, private readonly prefix = "afesip:rate-limit:") {}

  async hit(key: string, windowMs: number, now: number): Promise<HitResult> {
    const [count, ttl] = (await this.client.eval(HIT_SCRIPT, 1, this.prefix + key, windowMs)) as [number, number]
    return { count: Number(count), resetAt: now + Number(ttl) }
  }
}

/**
 * The client's address. Without TRUST_PROXY the socket's peer is used and
 * X-Forwarded-For is ignored (anyone can send it). With TRUST_PROXY=true (one
 * proxy, e.g. the load balancer, or the storefront's server passing the
 * shopper's address on) the last X-Forwarded-For entry is used; TRUST_PROXY=N
 * trusts N proxies and takes the N-th entry from the right.
 */
export function clientIp(
  req: { headers: Record<string, string | string[] | undefined>; socket?: { remoteAddress?: string } },
  trustedProxies: number
): string {
  const peer = (req.socket?.remoteAddress ?? "unknown").replace(/^::ffff:/, "")
  if (trustedProxies <= 0) return peer
  const header = req.headers["x-forwarded-for"]
  const entries = (Array.isArray(header) ? header.join(",") : header ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (!entries.length) return peer
  const entry = entries[Math.max(0, entries.length - trustedProxies)]
  return entry.replace(/^::ffff:/, "")
}

export function trustedProxyCount(env: Env): number {
  const value = env.TRUST_PROXY?.trim().toLowerCase()
  if (!value || value === "false" || value === "0") return 0
  if (value === "true") return 1
  const n = Number(value)
  if (Number.isInteger(n) && n > 0) return n
  throw new Error(`TRUST_PROXY must be true, false or a number of proxies (got "${env.TRUST_PROXY}")`)
}

/** The email in a login/register body (`email`) or a reset request (`identifier`), lower-cased. */
export function submittedEmail(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined
  const { email, identifier } = body as { email?: unknown; identifier?: unknown }
  const value = typeof email === "string" ? email : typeof identifier === "string" ? identifier : undefined
  const normalized = value?.trim().toLowerCase()
  return normalized || undefined
}

/** Emails are hashed in keys so that the counters' store holds no addresses. */
const digest = (value: string) => createHash("sha256").update(value).digest("hex").slice(0, 32)

/** The counter key of a request for a rule. A rule keyed on email falls back to the address when no email was sent. */
export function counterKey(rule: RateLimitRule, ip: string, email: string | undefined): string {
  switch (rule.key) {
    case "ip":
      return `${rule.name}:ip:${ip}`
    case "email":
      return email ? `${rule.name}:email:${digest(email)}` : `${rule.name}:ip:${ip}`
    case "ip+email":
      return email ? `${rule.name}:ip+email:${ip}:${digest(email)}` : `${rule.name}:ip:${ip}`
  }
}

export type RateLimitLogger = { warn(message: string): void }

export type RateLimitOptions = {
  rules: RateLimitRule[]
  store: RateLimitStore
  trustedProxies?: number
  now?: () => number
  logger?: RateLimitLogger
}

export const TOO_MANY_REQUESTS = "too_many_requests"

/**
 * An Express/Medusa middleware applying every rule to each request; the
 * request is refused when any rule's count is over its limit. Every request
 * counts, refused ones too. If the store fails (Redis down), the request is
 * let through and a warning logged: logging in matters more than limiting.
 */
export function rateLimit(options: RateLimitOptions) {
  const now = options.now ?? Date.now
  const trusted = options.trustedProxies ?? 0
  return async function rateLimitMiddleware(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const ip = clientIp(req, trusted)
    const email = submittedEmail(req.body)
    const at = now()
    let retryAfterMs = 0
    for (const rule of options.rules) {
      try {
        const { count, resetAt } = await options.store.hit(counterKey(rule, ip, email), rule.windowMs, at)
        if (count > rule.limit) retryAfterMs = Math.max(retryAfterMs, resetAt - at)
      } catch (error) {
        options.logger?.warn(`[rate-limit] ${rule.name}: store unavailable, request allowed (${(error as Error).message})`)
      }
    }
    if (retryAfterMs > 0) {
      const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
      res.setHeader("Retry-After", String(seconds))
      res.status(429).json({
        type: TOO_MANY_REQUESTS,
        message: `Too many attempts. Please try again in ${seconds >= 120 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`}.`,
      })
      return
    }
    next()
  }
}

/** `"10/900"` (10 per 900 s) or with a unit: `"10/15m"`, `"5/1h"`, `"3/60s"`. `"off"` disables the rule. */
export function parseLimit(value: string, variable = "rate limit"): { limit: number; windowMs: number } | null {
  const trimmed = value.trim().toLowerCase()
  if (trimmed === "off") return null
  const match = /^(\d+)\s*\/\s*(\d+)\s*(s|m|h)?$/.exec(trimmed)
  const limit = match ? Number(match[1]) : NaN
  const amount = match ? Number(match[2]) : NaN
  if (!match || limit < 1 || amount < 1) {
    throw new Error(`${variable} must look like "10/900" (requests/seconds), "10/15m", "5/1h" or "off" (got "${value}")`)
  }
  const unitMs = { s: 1000, m: 60_000, h: 3_600_000 }[(match[3] ?? "s") as "s" | "m" | "h"]
  return { limit, windowMs: amount * unitMs }
}

/** Default limits, each overridable by its environment variable. */
export const AUTH_RATE_LIMIT_DEFAULTS = {
  /** Logins per address and email. */
  AUTH_RATE_LIMIT_LOGIN: { value: "10/15m", key: "ip+email" },
  /** Logins per address, whatever the email (slows down trying many accounts). */
  AUTH_RATE_LIMIT_LOGIN_IP: { value: "100/15m", key: "ip" },
  /** Registrations per address. */
  AUTH_RATE_LIMIT_REGISTER: { value: "20/1h", key: "ip" },
  /** Reset emails per email address. */
  AUTH_RATE_LIMIT_RESET: { value: "5/1h", key: "email" },
  /** Reset requests per address, whatever the email. */
  AUTH_RATE_LIMIT_RESET_IP: { value: "20/1h", key: "ip" },
} as const satisfies Record<string, { value: string; key: RateLimitKey }>

type LimitVariable = keyof typeof AUTH_RATE_LIMIT_DEFAULTS

export function ruleFromEnv(env: Env, variable: LimitVariable): RateLimitRule | null {
  const fallback = AUTH_RATE_LIMIT_DEFAULTS[variable]
  const parsed = parseLimit(env[variable] ?? fallback.value, variable)
  if (!parsed) return null
  return { name: variable.replace(/^AUTH_RATE_LIMIT_/, "").toLowerCase(), key: fallback.key, ...parsed }
}

let sharedStore: RateLimitStore | undefined

/** One store per process: Redis when REDIS_URL is set, else memory. */
export function defaultStore(env: Env): RateLimitStore {
  if (sharedStore) return sharedStore
  if (env.REDIS_URL) {
    const client = new Redis(env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, commandTimeout: 1000 })
    client.on("error", () => undefined) // failures surface per request and are logged there
    sharedStore = new RedisRateLimitStore(client)
  } else {
    sharedStore = new MemoryRateLimitStore()
  }
  return sharedStore
}

/**
 * Middleware routes for the customer emailpass login, registration and reset
 * request. Add them to `defineMiddlewares({ routes })`. Static matchers like
 * these are registered before Medusa's own `/auth/:actor_type/:auth_provider`
 * handlers, so they run first. AUTH_RATE_LIMIT=off disables them all.
 */
export function customerAuthRateLimits(env: Env = process.env, store?: RateLimitStore, logger?: RateLimitLogger): MiddlewareRoute[] {
  if (env.AUTH_RATE_LIMIT?.trim().toLowerCase() === "off") return []
  const trustedProxies = trustedProxyCount(env)
  const route = (matcher: string, variables: LimitVariable[]): MiddlewareRoute[] => {
    const rules = variables.map((v) => ruleFromEnv(env, v)).filter((r): r is RateLimitRule => r !== null)
    if (!rules.length) return []
    const middleware = rateLimit({ rules, store: store ?? defaultStore(env), trustedProxies, logger: logger ?? frameworkLogger })
    return [{ matcher, methods: ["POST"], middlewares: [middleware] }]
  }
  return [
    ...route("/auth/customer/emailpass", ["AUTH_RATE_LIMIT_LOGIN", "AUTH_RATE_LIMIT_LOGIN_IP"]),
    ...route("/auth/customer/emailpass/register", ["AUTH_RATE_LIMIT_REGISTER"]),
    ...route("/auth/customer/emailpass/reset-password", ["AUTH_RATE_LIMIT_RESET", "AUTH_RATE_LIMIT_RESET_IP"]),
  ]
}
