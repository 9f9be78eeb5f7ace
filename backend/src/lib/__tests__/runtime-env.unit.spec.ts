import path from "node:path"
import { DEVELOPMENT_SECRET, InsecureSecretError, StripeConfigError, readSecret, readStripeSettings, readWorkerMode } from "../runtime-env"

const STRONG = "8f1c0a7e5b2d4c6e9a3f1b7d5c2e8a4f6b0d9c3e"

describe("production secrets", () => {
  it("refuses to start in production without JWT_SECRET and names the variable", () => {
    expect(() => readSecret({ NODE_ENV: "production" }, "JWT_SECRET")).toThrow(/JWT_SECRET is missing/)
  })

  it.each(["supersecret", "SuperSecret", "secret", "changeme", DEVELOPMENT_SECRET])(
    "refuses the well-known value %p in production",
    (value) => {
      expect(() => readSecret({ NODE_ENV: "production", COOKIE_SECRET: value }, "COOKIE_SECRET")).toThrow(InsecureSecretError)
    }
  )

  it("refuses a short secret in production", () => {
    expect(() => readSecret({ NODE_ENV: "production", JWT_SECRET: "abc123" }, "JWT_SECRET")).toThrow(/shorter than 32/)
  })

  it("accepts a long random secret in production", () => {
    expect(readSecret({ NODE_ENV: "production", JWT_SECRET: STRONG }, "JWT_SECRET")).toBe(STRONG)
  })

  it("uses a development value only outside production", () => {
    expect(readSecret({ NODE_ENV: "development" }, "JWT_SECRET")).toBe(DEVELOPMENT_SECRET)
    expect(readSecret({}, "JWT_SECRET")).toBe(DEVELOPMENT_SECRET)
  })

  describe("medusa-config.ts", () => {
    const saved = { ...process.env }
    afterEach(() => {
      process.env = { ...saved }
    })
    const loadConfig = () => {
      let config: unknown
      jest.isolateModules(() => {
        config = require(path.join(__dirname, "..", "..", "..", "medusa-config.ts"))
      })
      return config as {
        projectConfig: { redisUrl?: string; http: { jwtSecret: string; cookieSecret: string } }
        modules: Record<string, { resolve?: string }>
      }
    }
    const resolvedModules = () => Object.values(loadConfig().modules).map((m) => m.resolve)

    it("registers the Redis event bus, workflow engine, locking and caching when REDIS_URL is set", () => {
      process.env = { ...saved, NODE_ENV: "development", REDIS_URL: "redis://127.0.0.1:6379" }
      expect(resolvedModules()).toEqual(
        expect.arrayContaining([
          "@medusajs/medusa/event-bus-redis",
          "@medusajs/medusa/workflow-engine-redis",
          "@medusajs/medusa/locking",
          "@medusajs/medusa/caching",
        ])
      )
      expect(loadConfig().projectConfig.redisUrl).toBe("redis://127.0.0.1:6379")
    })

    it("keeps in-memory modules when REDIS_URL is unset", () => {
      process.env = { ...saved, NODE_ENV: "development" }
      delete process.env.REDIS_URL
      const modules = resolvedModules()
      expect(modules).not.toContain("@medusajs/medusa/event-bus-redis")
      expect(modules).not.toContain("@medusajs/medusa/workflow-engine-redis")
    })

    it("fails to load in production when COOKIE_SECRET is missing", () => {
      process.env = { ...saved, NODE_ENV: "production", JWT_SECRET: STRONG, COOKIE_SECRET: "" }
      expect(loadConfig).toThrow(/COOKIE_SECRET/)
    })

    it("fails to load in production when JWT_SECRET is the starter default", () => {
      process.env = { ...saved, NODE_ENV: "production", JWT_SECRET: "supersecret", COOKIE_SECRET: STRONG }
      expect(loadConfig).toThrow(/JWT_SECRET/)
    })

    it("loads in production with strong secrets and passes them to Medusa", () => {
      process.env = { ...saved, NODE_ENV: "production", JWT_SECRET: STRONG, COOKIE_SECRET: STRONG.split("").reverse().join("") }
      const config = loadConfig()
      expect(config.projectConfig.http.jwtSecret).toBe(STRONG)
    })
  })
})

describe("worker mode", () => {
  it("defaults to shared and rejects unknown modes", () => {
    expect(readWorkerMode({})).toBe("shared")
    expect(readWorkerMode({ MEDUSA_WORKER_MODE: "worker" })).toBe("worker")
    expect(() => readWorkerMode({ MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
  })
})

describe("Stripe settings", () => {
  const WHSEC = "whsec_0123456789abcdef0123456789abcdef"

  it("leaves Stripe off without STRIPE_API_KEY, whatever else is set", () => {
    expect(readStripeSettings({})).toBeNull()
    expect(readStripeSettings({ NODE_ENV: "production", STRIPE_WEBHOOK_SECRET: WHSEC })).toBeNull()
  })

  it("requires the webhook signing secret whenever the key is set", () => {
    expect(() => readStripeSettings({ STRIPE_API_KEY: "sk_test_abc" })).toThrow(/STRIPE_WEBHOOK_SECRET is missing/)
    expect(() => readStripeSettings({ NODE_ENV: "production", STRIPE_API_KEY: "sk_live_abc" })).toThrow(StripeConfigError)
  })

  it("refuses values that are not Stripe credentials in production", () => {
    expect(() => readStripeSettings({ NODE_ENV: "production", STRIPE_API_KEY: "pk_live_abc", STRIPE_WEBHOOK_SECRET: WHSEC })).toThrow(/STRIPE_API_KEY/)
    expect(() => readStripeSettings({ NODE_ENV: "production", STRIPE_API_KEY: "sk_live_abc", STRIPE_WEBHOOK_SECRET: "supersecret" })).toThrow(/whsec_/)
  })

  it("lets STRIPE_API_BASE point only at a loopback address in production", () => {
    const base = { NODE_ENV: "production", STRIPE_API_KEY: "sk_test_e2e", STRIPE_WEBHOOK_SECRET: WHSEC }
    expect(readStripeSettings({ ...base, STRIPE_API_BASE: "http://127.0.0.1:12111" })).toEqual({
      apiKey: "sk_test_e2e",
      webhookSecret: WHSEC,
      apiBase: "http://127.0.0.1:12111",
    })
    expect(() => readStripeSettings({ ...base, STRIPE_API_BASE: "https://stripe.example.com" })).toThrow(/loopback/)
    expect(() => readStripeSettings({ STRIPE_API_KEY: "sk_test_x", STRIPE_WEBHOOK_SECRET: WHSEC, STRIPE_API_BASE: "not a url" })).toThrow(/not a URL/)
  })

  describe("medusa-config.ts", () => {
    const saved = { ...process.env }
    afterEach(() => {
      process.env = { ...saved }
    })
    type Provider = { resolve: string; id: string; options: Record<string, unknown> }
    const paymentModule = () => {
      let config: { modules: Record<string, { resolve?: string; options?: { providers?: Provider[] } }> } | undefined
      jest.isolateModules(() => {
        config = require(path.join(__dirname, "..", "..", "..", "medusa-config.ts"))
      })
      return Object.values(config!.modules).find((m) => m.resolve === "@medusajs/medusa/payment")
    }

    it("registers the Stripe provider as pp_stripe_stripe with automatic capture only when a key is set", () => {
      process.env = { ...saved, NODE_ENV: "development", STRIPE_API_KEY: "sk_test_abc", STRIPE_WEBHOOK_SECRET: WHSEC }
      delete process.env.STRIPE_API_BASE
      const providers = paymentModule()?.options?.providers ?? []
      expect(providers).toEqual([
        expect.objectContaining({
          resolve: "./src/modules/stripe-payment",
          id: "stripe",
          options: expect.objectContaining({ apiKey: "sk_test_abc", webhookSecret: WHSEC, capture: true }),
        }),
      ])
      expect(providers[0].options).not.toHaveProperty("apiBase")

      process.env = { ...saved, NODE_ENV: "development" }
      delete process.env.STRIPE_API_KEY
      // Medusa's default payment module remains, with only its manual provider.
      expect(paymentModule()?.options?.providers ?? []).toEqual([])
    })

    it("refuses to load in production with a key but no webhook secret", () => {
      const strong = "8f1c0a7e5b2d4c6e9a3f1b7d5c2e8a4f6b0d9c3e"
      process.env = { ...saved, NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: strong, STRIPE_API_KEY: "sk_live_abc", STRIPE_WEBHOOK_SECRET: "" }
      expect(paymentModule).toThrow(/STRIPE_WEBHOOK_SECRET/)
    })
  })
})
