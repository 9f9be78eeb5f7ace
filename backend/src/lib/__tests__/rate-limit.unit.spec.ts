import {
  MemoryRateLimitStore,
  RedisRateLimitStore,
  clientIp,
  counterKey,
  customerAuthRateLimits,
  parseLimit,
  rateLimit,
  submittedEmail,
  trustedProxyCount,
  type RateLimitRule,
  type RateLimitStore,
} from "../rate-limit"

type FakeResponse = { statusCode?: number; headers: Record<string, string>; body?: unknown }

/** Calls a middleware like Express would and reports what it did. */
async function call(
  middleware: ReturnType<typeof rateLimit>,
  request: { ip?: string; body?: unknown; headers?: Record<string, string> } = {}
): Promise<{ passed: boolean; res: FakeResponse }> {
  const res: FakeResponse = { headers: {} }
  const fakeRes = {
    setHeader: (name: string, value: string) => void (res.headers[name.toLowerCase()] = value),
    status(code: number) {
      res.statusCode = code
      return this
    },
    json(body: unknown) {
      res.body = body
      return this
    },
  }
  let passed = false
  const req = { headers: request.headers ?? {}, socket: { remoteAddress: request.ip ?? "203.0.113.1" }, body: request.body ?? {} }
  await middleware(req as never, fakeRes as never, () => void (passed = true))
  return { passed, res }
}

describe("memory store: fixed windows", () => {
  it.each([
    { name: "counts within the window", hits: [0, 1000, 59_999], counts: [1, 2, 3] },
    { name: "starts a new window once the old one ends", hits: [0, 30_000, 60_000, 60_001], counts: [1, 2, 1, 2] },
    { name: "a window starts at its first request, not on the clock", hits: [45_000, 100_000, 105_000], counts: [1, 2, 1] },
  ])("$name", async ({ hits, counts }) => {
    const store = new MemoryRateLimitStore()
    const seen = []
    for (const at of hits) seen.push((await store.hit("k", 60_000, at)).count)
    expect(seen).toEqual(counts)
  })

  it("reports when the window ends and keeps keys apart", async () => {
    const store = new MemoryRateLimitStore()
    expect(await store.hit("a", 60_000, 1000)).toEqual({ count: 1, resetAt: 61_000 })
    expect(await store.hit("b", 60_000, 2000)).toEqual({ count: 1, resetAt: 62_000 })
    expect(await store.hit("a", 60_000, 3000)).toEqual({ count: 2, resetAt: 61_000 })
  })

  it("sweeps expired windows and never holds more than maxKeys", async () => {
    const store = new MemoryRateLimitStore(3)
    for (const key of ["a", "b", "c", "d"]) await store.hit(key, 1000, 0)
    expect(store.size).toBe(3)
    await store.hit("e", 1000, 120_000)
    expect(store.size).toBe(1)
  })
})

describe("redis store", () => {
  it("sends one atomic script per hit under a prefixed key and maps its answer", async () => {
    const calls: unknown[][] = []
    const client = { eval: async (...args: unknown[]) => (calls.push(args), [4, 1500]) }
    const store = new RedisRateLimitStore(client, "test:")
    expect(await store.hit("login:ip:1.2.3.4", 60_000, 10_000)).toEqual({ count: 4, resetAt: 11_500 })
    expect(calls[0].slice(1)).toEqual([1, "test:login:ip:1.2.3.4", 60_000])
    expect(String(calls[0][0])).toContain("INCR")
  })
})

describe("keys", () => {
  it.each([
    { name: "socket peer without TRUST_PROXY, whatever X-Forwarded-For says", trusted: 0, xff: "198.51.100.9", ip: "203.0.113.1" },
    { name: "last X-Forwarded-For entry with one trusted proxy", trusted: 1, xff: "6.6.6.6, 198.51.100.9", ip: "198.51.100.9" },
    { name: "second from the right with two", trusted: 2, xff: "6.6.6.6, 198.51.100.9, 10.0.0.2", ip: "198.51.100.9" },
    { name: "peer when a trusted proxy sent no header", trusted: 1, xff: undefined, ip: "203.0.113.1" },
  ])("client address: $name", ({ trusted, xff, ip }) => {
    const headers = xff ? { "x-forwarded-for": xff } : {}
    expect(clientIp({ headers, socket: { remoteAddress: "::ffff:203.0.113.1" } }, trusted)).toBe(ip)
  })

  it.each([
    [{ email: "  Buyer@Example.COM " }, "buyer@example.com"],
    [{ identifier: "Reset@Example.com" }, "reset@example.com"],
    [{ email: 42 }, undefined],
    [undefined, undefined],
  ])("submitted email of %p is %p", (body, email) => {
    expect(submittedEmail(body)).toBe(email)
  })

  it("hashes emails in keys and falls back to the address without one", () => {
    const rule = (key: RateLimitRule["key"]): RateLimitRule => ({ name: "r", limit: 1, windowMs: 1, key })
    expect(counterKey(rule("ip"), "1.2.3.4", "a@b.c")).toBe("r:ip:1.2.3.4")
    expect(counterKey(rule("email"), "1.2.3.4", "a@b.c")).toMatch(/^r:email:[0-9a-f]{32}$/)
    expect(counterKey(rule("ip+email"), "1.2.3.4", "a@b.c")).toMatch(/^r:ip\+email:1\.2\.3\.4:[0-9a-f]{32}$/)
    expect(counterKey(rule("email"), "1.2.3.4", undefined)).toBe("r:ip:1.2.3.4")
    expect(counterKey(rule("ip+email"), "1.2.3.4", "a@b.c")).not.toContain("a@b.c")
  })

  it.each([
    [undefined, 0],
    ["false", 0],
    ["true", 1],
    ["2", 2],
  ])("TRUST_PROXY=%p trusts %p proxies", (value, count) => {
    expect(trustedProxyCount({ TRUST_PROXY: value })).toBe(count)
  })

  it("refuses a TRUST_PROXY it cannot read", () => {
    expect(() => trustedProxyCount({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/)
  })
})

describe("limits from the environment", () => {
  it.each([
    ["3/60", { limit: 3, windowMs: 60_000 }],
    ["10/15m", { limit: 10, windowMs: 900_000 }],
    ["5 / 1h", { limit: 5, windowMs: 3_600_000 }],
    ["off", null],
  ])("%p", (value, parsed) => {
    expect(parseLimit(value)).toEqual(parsed)
  })

  it.each(["0/60", "ten/60", "3", "3/0", "3/60d"])("refuses %p", (value) => {
    expect(() => parseLimit(value, "AUTH_RATE_LIMIT_LOGIN")).toThrow(/AUTH_RATE_LIMIT_LOGIN/)
  })

  it("guards login, registration and reset requests; AUTH_RATE_LIMIT=off removes them", () => {
    const store = new MemoryRateLimitStore()
    const routes = customerAuthRateLimits({}, store)
    expect(routes.map((r) => [r.matcher, r.methods])).toEqual([
      ["/auth/customer/emailpass", ["POST"]],
      ["/auth/customer/emailpass/register", ["POST"]],
      ["/auth/customer/emailpass/reset-password", ["POST"]],
    ])
    expect(customerAuthRateLimits({ AUTH_RATE_LIMIT: "off" }, store)).toEqual([])
    expect(customerAuthRateLimits({ AUTH_RATE_LIMIT_REGISTER: "off" }, store).map((r) => r.matcher)).not.toContain("/auth/customer/emailpass/register")
  })

  it("applies AUTH_RATE_LIMIT_LOGIN=3/60 per address and email", async () => {
    const [login] = customerAuthRateLimits({ AUTH_RATE_LIMIT_LOGIN: "3/60" }, new MemoryRateLimitStore())
    expect(login.matcher).toBe("/auth/customer/emailpass")
    const middleware = login.middlewares![0] as ReturnType<typeof rateLimit>
    const body = { email: "a@example.com", password: "x" }
    for (let i = 0; i < 3; i++) expect((await call(middleware, { body })).passed).toBe(true)
    const refused = await call(middleware, { body })
    expect(refused.passed).toBe(false)
    expect(refused.res.statusCode).toBe(429)
    expect(Number(refused.res.headers["retry-after"])).toBeGreaterThan(0)
    expect(Number(refused.res.headers["retry-after"])).toBeLessThanOrEqual(60)
    // Another email from the same address, or the same email from another address, has its own count.
    expect((await call(middleware, { body: { ...body, email: "b@example.com" } })).passed).toBe(true)
    expect((await call(middleware, { body, ip: "198.51.100.7" })).passed).toBe(true)
  })
})

describe("middleware", () => {
  const rules: RateLimitRule[] = [{ name: "login", limit: 2, windowMs: 60_000, key: "ip+email" }]

  it("answers 429 with a JSON error and Retry-After in whole seconds once over the limit", async () => {
    let now = 1_000
    const middleware = rateLimit({ rules, store: new MemoryRateLimitStore(), now: () => now })
    const body = { email: "Buyer@example.com" }
    expect((await call(middleware, { body })).passed).toBe(true)
    now = 20_500
    expect((await call(middleware, { body })).passed).toBe(true)
    const { passed, res } = await call(middleware, { body: { email: "buyer@EXAMPLE.com" } })
    expect(passed).toBe(false)
    expect(res.statusCode).toBe(429)
    expect(res.headers["retry-after"]).toBe("41")
    expect(res.body).toEqual({ type: "too_many_requests", message: expect.stringMatching(/try again in 41 seconds/) })
  })

  it("refuses when any rule is over, with the longest wait", async () => {
    let now = 0
    const middleware = rateLimit({
      rules: [
        { name: "short", limit: 1, windowMs: 10_000, key: "ip" },
        { name: "long", limit: 1, windowMs: 3_600_000, key: "email" },
      ],
      store: new MemoryRateLimitStore(),
      now: () => now,
    })
    await call(middleware, { body: { email: "a@b.c" } })
    now = 1000
    const { res } = await call(middleware, { body: { email: "a@b.c" } })
    expect(res.headers["retry-after"]).toBe("3599")
    expect(res.body).toEqual(expect.objectContaining({ message: expect.stringMatching(/60 minutes/) }))
  })

  it("lets requests through and warns when the store fails", async () => {
    const warnings: string[] = []
    const failing: RateLimitStore = { hit: async () => Promise.reject(new Error("connection refused")) }
    const middleware = rateLimit({ rules, store: failing, logger: { warn: (m) => warnings.push(m) } })
    expect((await call(middleware)).passed).toBe(true)
    expect(warnings[0]).toMatch(/connection refused/)
  })
})
