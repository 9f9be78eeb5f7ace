import { randomBytes } from "node:crypto"
import { createServer } from "node:net"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { runSeed } from "../../src/scripts/seed/run"
import { products as seedProducts } from "../../src/scripts/seed/catalog"
import { reconcileStripePayments } from "../../src/workflows/checkout/reconcile-stripe-payments"
import { STOCK_LOCK_PREFIX } from "../../src/workflows/checkout/stock-guard"
import { checkoutErrorHandler } from "../../src/api/store/checkout-guards"

jest.setTimeout(240 * 1000)

const SEED_OPTIONS = { backendUrl: "http://localhost:9000", adminUser: { email: "staff@afesip.test", password: "a-long-test-password" } }
const PASSWORD = "checkout-password-123"

type HttpResponse<T = Record<string, any>> = { status: number; data: T; headers: Record<string, string> }
type HttpError = { response?: HttpResponse }

/** A free TCP port on this machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * The offline Stripe API shared with the browser tests (e2e/stripe-fake/server.ts):
 * real stripe-node wire format, signed webhooks back to this app. Loaded by path
 * because it lives outside the backend's TypeScript root; the parts used here:
 */
type FakeIntent = {
  id: string
  amount: number
  status: string
  last_payment_error: { code?: string; decline_code?: string; message: string } | null
}
type FakeDelivery = { event_id: string; status: number | null }
type FakeStripe = {
  url: string
  state: {
    intents: Map<string, FakeIntent>
    refunds: Map<string, { id: string; payment_intent: string; amount: number }>
    counts: Map<string, { capture: number; refund: number; cancel: number }>
    deliveries: FakeDelivery[]
  }
  close(): Promise<void>
  reset(): void
  setWebhookMode(mode: "immediate" | "hold"): void
  flushWebhooks(): Promise<FakeDelivery[]>
  redeliver(eventId: string, options?: { secret?: string }): Promise<FakeDelivery[]>
  backdateIntent(id: string, seconds: number): FakeIntent
  eventsFor(objectId: string): { id: string; type: string }[]
}
const { startFakeStripe } = require(path.join(__dirname, "..", "..", "..", "e2e", "stripe-fake", "server")) as {
  startFakeStripe(options: { port: number; webhookUrl: string; webhookSecret: string }): Promise<FakeStripe>
}

const WEBHOOK_SECRET = `whsec_${randomBytes(16).toString("hex")}`
let fake: FakeStripe

beforeAll(async () => {
  // Set before the runner boots Medusa (its beforeAll runs after this one): the
  // app listens on PORT, and Stripe is configured against the offline API.
  const appPort = await freePort()
  const fakePort = await freePort()
  Object.assign(process.env, {
    PORT: String(appPort),
    STRIPE_API_KEY: "sk_test_checkout_spec",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: `http://127.0.0.1:${fakePort}`,
  })
  fake = await startFakeStripe({ port: fakePort, webhookUrl: `http://localhost:${appPort}/hooks/payment/stripe_stripe`, webhookSecret: WEBHOOK_SECRET })
})

afterAll(async () => {
  await fake?.close()
})

/** Medusa handles a webhook 5 s after answering it (payment module default). */
const WEBHOOK_PROCESSING_MS = 7000

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let publishableKey: string

    beforeEach(async () => {
      container = getContainer()
      publishableKey = (await runSeed(container, SEED_OPTIONS)).publishableKeys.webshop
    })

    const store = (token?: string) => ({
      headers: { "x-publishable-api-key": publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      validateStatus: () => true,
    })
    /** Store call that must succeed; reports Medusa's answer otherwise. */
    async function ok<T = Record<string, any>>(promise: Promise<HttpResponse<T>>, what: string): Promise<T> {
      const response = await promise
      if (response.status >= 300) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.data)}`)
      return response.data
    }

    async function regionId(name = "United States") {
      const { regions } = await ok(api.get("/store/regions?limit=20", store()), "regions")
      return regions.find((r: { name: string }) => r.name === name).id as string
    }

    /** A seeded variant that has stock (the same one in every test). */
    async function variantIdBySku(options: { keepStock?: boolean } = {}) {
      const sku = seedProducts.flatMap((p) => p.variants).find((v) => Object.values(v.stock).reduce((a, b) => a + b, 0) >= 3)!.sku
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "sku", "manage_inventory", "inventory_items.inventory_item_id"],
        filters: { sku },
      })
      const variant = data[0] as any
      expect(variant.manage_inventory).toBe(true)
      const inventoryItemId = variant.inventory_items[0].inventory_item_id as string
      // Plenty to sell unless a test says otherwise (tests may run in any order).
      if (!options.keepStock) await setStock(inventoryItemId, 50)
      return { variantId: variant.id as string, inventoryItemId }
    }

    /** Puts exactly `quantity` units at one location and none elsewhere. */
    async function setStock(inventoryItemId: string, quantity: number) {
      const inventory = container.resolve(Modules.INVENTORY)
      const levels = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
      await inventory.updateInventoryLevels(
        levels.map((level, i) => ({ inventory_item_id: inventoryItemId, location_id: level.location_id, stocked_quantity: i === 0 ? quantity : 0 }))
      )
      return levels[0].location_id
    }

    async function stockLevels(inventoryItemId: string) {
      const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId })
      const stocked = levels.reduce((s, l) => s + Number(l.stocked_quantity), 0)
      const reserved = levels.reduce((s, l) => s + Number(l.reserved_quantity), 0)
      const lowest = Math.min(...levels.map((l) => Number(l.stocked_quantity) - Number(l.reserved_quantity)))
      return { stocked, reserved, lowest }
    }

    type Line = { variant_id: string; quantity: number; metadata?: Record<string, string> }

    /** A cart ready for payment: address, email, lines (each its own line item), shipping. */
    async function readyCart(lines: Line[], opts: { token?: string; email?: string } = {}) {
      const email = opts.email ?? `buyer-${Math.random().toString(36).slice(2)}@example.com`
      const { cart } = await ok(api.post("/store/carts", { region_id: await regionId(), email }, store(opts.token)), "create cart")
      for (const line of lines) await ok(api.post(`/store/carts/${cart.id}/line-items`, line, store(opts.token)), "add line")
      await ok(
        api.post(
          `/store/carts/${cart.id}`,
          { shipping_address: { first_name: "Sam", last_name: "Buyer", address_1: "1 Main St", city: "Portland", province: "OR", postal_code: "97201", country_code: "us" } },
          store(opts.token)
        ),
        "address"
      )
      const { shipping_options } = await ok(api.get(`/store/shipping-options?cart_id=${cart.id}`, store(opts.token)), "shipping options")
      await ok(api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }, store(opts.token)), "shipping method")
      return cart.id as string
    }

    /** Opens a payment session; returns the collection id and the session. */
    async function startPayment(cartId: string, providerId: string, token?: string) {
      const { payment_collection } = await ok(api.post("/store/payment-collections", { cart_id: cartId }, store(token)), "payment collection")
      const { payment_collection: withSession } = await ok(
        api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: providerId }, store(token)),
        "payment session"
      )
      const session = withSession.payment_sessions.find((s: { provider_id: string }) => s.provider_id === providerId)
      return { collectionId: payment_collection.id as string, session }
    }

    const complete = (cartId: string, token?: string) => api.post(`/store/carts/${cartId}/complete`, {}, store(token)) as Promise<HttpResponse>

    async function customer(email: string) {
      const { token: registration } = await ok(api.post("/auth/customer/emailpass/register", { email, password: PASSWORD }, { validateStatus: () => true }), "register")
      await ok(api.post("/store/customers", { email, first_name: "Test", last_name: "Customer" }, store(registration)), "create customer")
      const { token } = await ok(api.post("/auth/customer/emailpass", { email, password: PASSWORD }, { validateStatus: () => true }), "login")
      return token as string
    }

    async function manualOrder(opts: { token?: string; email?: string } = {}) {
      const { variantId } = await variantIdBySku()
      const cartId = await readyCart([{ variant_id: variantId, quantity: 1 }], opts)
      await startPayment(cartId, "pp_system_default", opts.token)
      const response = await complete(cartId, opts.token)
      expect(response.status).toBe(200)
      expect(response.data.type).toBe("order")
      return response.data.order as { id: string; customer_id: string }
    }

    const STRIPE = "pp_stripe_stripe"

    /** Confirms an intent at the fake, as Stripe.js would in the browser. */
    async function confirmIntent(intentId: string, paymentMethod = "pm_card_visa") {
      const response = await fetch(`${fake.url}/v1/payment_intents/${intentId}/confirm`, {
        method: "POST",
        headers: { authorization: "Bearer sk_test_checkout_spec", "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ payment_method: paymentMethod }).toString(),
      })
      return { status: response.status, body: (await response.json()) as Record<string, any> }
    }

    /** A cart with one line, a Stripe session, and its PaymentIntent. */
    async function stripeCart(opts: { quantity?: number } = {}) {
      const { variantId, inventoryItemId } = await variantIdBySku()
      const cartId = await readyCart([{ variant_id: variantId, quantity: opts.quantity ?? 1 }])
      const { collectionId, session } = await startPayment(cartId, STRIPE)
      expect(session.data.client_secret).toMatch(/^pi_.+_secret_/)
      expect(session.data.metadata.session_id).toBe(session.id)
      return { cartId, collectionId, sessionId: session.id as string, intentId: session.data.id as string, variantId, inventoryItemId }
    }

    const eventsFor = (intentId: string, type: string) => fake.eventsFor(intentId).filter((e) => e.type === type)
    const refundsOf = (intentId: string) => [...fake.state.refunds.values()].filter((r) => r.payment_intent === intentId)
    const captureCallsOf = (intentId: string) => fake.state.counts.get(intentId)?.capture ?? 0

    /** Orders of a cart, and Medusa's payments (with captures and refunds) of its collection. */
    async function ledger(cartId: string, collectionId: string) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      const { data: payments } = await query.graph({
        entity: "payment",
        fields: ["id", "provider_id", "captured_at", "captures.id", "refunds.id"],
        filters: { payment_collection_id: collectionId },
      })
      return {
        orders: (links as { order_id: string }[]).map((l) => l.order_id),
        payments: payments.length,
        captures: (payments as any[]).reduce((n, p) => n + (p.captures?.length ?? 0), 0),
        refunds: (payments as any[]).reduce((n, p) => n + (p.refunds?.length ?? 0), 0),
      }
    }

    async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const value = await probe()
        if (value) return value
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
        await sleep(250)
      }
    }

    async function sessionRow(sessionId: string) {
      const [session] = await container.resolve(Modules.PAYMENT).listPaymentSessions({ id: sessionId })
      return session
    }

    describe("Stripe webhooks and the browser", () => {
      beforeEach(() => {
        fake.reset()
        fake.setWebhookMode("hold")
      })

      it("offers Stripe and the manual provider in every region (seed step 4)", async () => {
        const { regions } = await ok(api.get("/store/regions?limit=20&fields=id,name,*payment_providers", store()), "regions")
        for (const region of regions) {
          expect(region.payment_providers.map((p: { id: string }) => p.id).sort()).toEqual(["pp_stripe_stripe", "pp_system_default"])
        }
      })

      it("webhook first, then the browser: one order, one payment, one capture", async () => {
        const { cartId, collectionId, intentId } = await stripeCart()
        expect((await confirmIntent(intentId)).body.status).toBe("succeeded")
        await fake.flushWebhooks()
        const orderId = await waitFor("the webhook's order", async () => (await ledger(cartId, collectionId)).orders[0])

        const browser = await complete(cartId)
        expect(browser.status).toBe(200)
        expect(browser.data.type).toBe("order")
        expect(browser.data.order.id).toBe(orderId)
        expect(await ledger(cartId, collectionId)).toEqual({ orders: [orderId], payments: 1, captures: 1, refunds: 0 })
        expect(fake.state.intents.get(intentId)?.status).toBe("succeeded")

        // What the Admin's payment widget reads (order-payment-summary.tsx).
        const { token } = await ok(api.post("/auth/user/emailpass", SEED_OPTIONS.adminUser, { validateStatus: () => true }), "admin login")
        const fields = "id,*payment_collections,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payments.refunds,*payment_collections.payment_sessions"
        const { order } = await ok(api.get(`/admin/orders/${orderId}?fields=${fields}`, { headers: { authorization: `Bearer ${token}` }, validateStatus: () => true }), "admin order")
        const [payment] = order.payment_collections[0].payments
        expect(payment).toEqual(expect.objectContaining({ provider_id: "pp_stripe_stripe", data: expect.objectContaining({ id: intentId, status: "succeeded" }) }))
        expect(payment.captures).toHaveLength(1)
        expect(order.payment_collections[0].payment_sessions[0].data.id).toBe(intentId)
        expect(captureCallsOf(intentId)).toBe(0)
        expect(refundsOf(intentId)).toEqual([])
      })

      it("browser first, then the webhook, then the same event again: still one order and one capture", async () => {
        const { cartId, collectionId, intentId } = await stripeCart()
        await confirmIntent(intentId)
        const browser = await complete(cartId)
        expect(browser.status).toBe(200)
        expect(browser.data.type).toBe("order")
        const orderId = browser.data.order.id
        expect(await ledger(cartId, collectionId)).toEqual({ orders: [orderId], payments: 1, captures: 1, refunds: 0 })

        await fake.flushWebhooks()
        const [succeeded] = eventsFor(intentId, "payment_intent.succeeded")
        await fake.redeliver(succeeded.id)
        expect(fake.state.deliveries.filter((d) => d.event_id === succeeded.id).map((d) => d.status)).toEqual([200, 200])
        await sleep(WEBHOOK_PROCESSING_MS)

        expect(await ledger(cartId, collectionId)).toEqual({ orders: [orderId], payments: 1, captures: 1, refunds: 0 })
        expect(captureCallsOf(intentId)).toBe(0)
        expect(refundsOf(intentId)).toEqual([])
        const again = await complete(cartId)
        expect(again.data.order.id).toBe(orderId)
      })

      it("webhook handling during the browser's completion: one order, one capture", async () => {
        const { cartId, collectionId, sessionId, intentId } = await stripeCart()
        await confirmIntent(intentId)
        // What the webhook subscriber runs, started together with the browser's request.
        const intent = fake.state.intents.get(intentId)!
        const [browser] = await Promise.all([
          complete(cartId),
          processPaymentWorkflow(container).run({ input: { action: "captured", data: { session_id: sessionId, amount: intent.amount / 100 } } }),
        ])
        expect([200, 409]).toContain(browser.status)
        const orderId = await waitFor("the order", async () => (await ledger(cartId, collectionId)).orders[0])
        const retry = await complete(cartId)
        expect(retry.data.order.id).toBe(orderId)
        expect(await ledger(cartId, collectionId)).toEqual({ orders: [orderId], payments: 1, captures: 1, refunds: 0 })
        expect(captureCallsOf(intentId)).toBe(0)
      })

      it("a webhook with a bad signature is answered 200 by Medusa but changes nothing", async () => {
        const { cartId, collectionId, sessionId, intentId } = await stripeCart()
        await confirmIntent(intentId) // paid, but its real webhook is never delivered
        const before = { ledger: await ledger(cartId, collectionId), status: (await sessionRow(sessionId)).status }
        const [succeeded] = eventsFor(intentId, "payment_intent.succeeded")
        const forged = await fake.redeliver(succeeded.id, { secret: "whsec_not_the_endpoint_secret" })
        expect(forged.map((d) => d.status)).toEqual([200]) // Medusa answers before verifying (docs/payments.md)
        const unsigned = await api.post("/hooks/payment/stripe_stripe", JSON.stringify(succeeded), { headers: { "content-type": "application/json" }, validateStatus: () => true })
        expect(unsigned.status).toBe(200)
        await sleep(WEBHOOK_PROCESSING_MS)
        expect({ ledger: await ledger(cartId, collectionId), status: (await sessionRow(sessionId)).status }).toEqual(before)
        expect(before.ledger.orders).toEqual([])
      })
    })

    describe("failed payments", () => {
      beforeEach(() => fake.reset()) // immediate webhooks

      it("a declined card marks the session with Stripe's message; another card on the same intent places the order", async () => {
        const { cartId, collectionId, sessionId, intentId } = await stripeCart()
        const declined = await confirmIntent(intentId, "pm_card_chargeDeclined")
        expect(declined.status).toBe(402)
        expect(eventsFor(intentId, "payment_intent.payment_failed")).toHaveLength(1)
        const failed = await waitFor("the session marked failed", async () => {
          const session = await sessionRow(sessionId)
          return session.status === "error" ? session : undefined
        })
        expect((failed.metadata as any).stripe_failure).toEqual(
          expect.objectContaining({ intent_id: intentId, code: "card_declined", decline_code: "generic_decline", message: fake.state.intents.get(intentId)!.last_payment_error!.message })
        )
        // The cart cannot complete with a failed payment.
        const refused = await complete(cartId)
        expect(refused.status).toBe(400)
        expect(await ledger(cartId, collectionId)).toEqual({ orders: [], payments: 0, captures: 0, refunds: 0 })

        // Retry with another card on the same PaymentIntent (what the storefront does).
        expect((await confirmIntent(intentId, "pm_card_visa")).body.status).toBe("succeeded")
        const placed = await complete(cartId)
        expect(placed.status).toBe(200)
        expect(placed.data.type).toBe("order")
        await sleep(WEBHOOK_PROCESSING_MS) // the success webhook lands too
        expect(await ledger(cartId, collectionId)).toEqual({ orders: [placed.data.order.id], payments: 1, captures: 1, refunds: 0 })
      })

      it("a declined card, then a new payment session with another card, places the order", async () => {
        const { cartId, collectionId, sessionId, intentId } = await stripeCart()
        await confirmIntent(intentId, "pm_card_chargeDeclined")
        await waitFor("the session marked failed", async () => (await sessionRow(sessionId)).status === "error")
        const { session } = await startPayment(cartId, STRIPE)
        expect(session.id).not.toBe(sessionId)
        expect(session.data.id).not.toBe(intentId)
        await confirmIntent(session.data.id)
        const placed = await complete(cartId)
        expect(placed.status).toBe(200)
        expect(placed.data.type).toBe("order")
        expect(await ledger(cartId, collectionId)).toEqual({ orders: [placed.data.order.id], payments: 1, captures: 1, refunds: 0 })
      })
    })

    describe("reconciliation", () => {
      beforeEach(() => {
        fake.reset()
        fake.setWebhookMode("hold") // the webhooks are "lost"
      })

      it("a paid intent whose cart was never completed becomes exactly one order, even with overlapping runs", async () => {
        const { cartId, collectionId, intentId } = await stripeCart()
        await confirmIntent(intentId)
        expect(await ledger(cartId, collectionId)).toEqual({ orders: [], payments: 0, captures: 0, refunds: 0 })

        // Too young by default: left to the browser and the webhook.
        expect((await reconcileStripePayments(container)).find((o) => o.intent_id === intentId)?.outcome).toBe("too_recent")

        fake.backdateIntent(intentId, 10 * 60) // paid ten minutes ago
        const runs = await Promise.all([reconcileStripePayments(container), reconcileStripePayments(container)])
        const outcomes = runs.map((run) => run.find((o) => o.intent_id === intentId)?.outcome).sort()
        expect(outcomes).toEqual(expect.arrayContaining(["completed"]))
        for (const outcome of outcomes) expect(["completed", "locked", "already_ordered"]).toContain(outcome)

        const { orders } = await ledger(cartId, collectionId)
        expect(orders).toHaveLength(1)
        expect(await ledger(cartId, collectionId)).toEqual({ orders, payments: 1, captures: 1, refunds: 0 })
        const later = await reconcileStripePayments(container)
        expect(later.find((o) => o.intent_id === intentId)?.outcome).toBe("already_ordered")
        expect(refundsOf(intentId)).toEqual([])
      })

      it("a paid intent whose cart can no longer be completed is refunded at Stripe, with the reason on the cart", async () => {
        const { cartId, collectionId, sessionId, intentId, inventoryItemId } = await stripeCart()
        await confirmIntent(intentId)
        await setStock(inventoryItemId, 0) // sold elsewhere meanwhile
        fake.backdateIntent(intentId, 10 * 60)

        const [outcome] = (await reconcileStripePayments(container)).filter((o) => o.intent_id === intentId)
        expect(outcome).toEqual(expect.objectContaining({ outcome: "refunded", cart_id: cartId }))
        expect(outcome.reason).toMatch(/sold out/)
        const refunds = refundsOf(intentId)
        expect(refunds).toHaveLength(1)
        expect(refunds[0].amount).toBe(fake.state.intents.get(intentId)!.amount)

        const cart = await container.resolve(Modules.CART).retrieveCart(cartId, { select: ["id", "metadata"] })
        expect((cart.metadata as any).stripe_reconciliation).toEqual(expect.objectContaining({ intent_id: intentId, outcome: "refunded", reason: outcome.reason }))
        expect((await sessionRow(sessionId)).status).toBe("canceled")
        expect(await ledger(cartId, collectionId)).toEqual({ orders: [], payments: 0, captures: 0, refunds: 0 })

        // A second run, a late webhook or the browser changes nothing: no order, no second refund.
        expect((await reconcileStripePayments(container)).find((o) => o.intent_id === intentId)?.outcome).toBe("already_returned")
        await setStock(inventoryItemId, 5)
        await fake.flushWebhooks()
        await sleep(WEBHOOK_PROCESSING_MS)
        const browser = await complete(cartId)
        expect(browser.status).toBe(400)
        expect(await ledger(cartId, collectionId)).toEqual({ orders: [], payments: 0, captures: 0, refunds: 0 })
        expect(refundsOf(intentId)).toHaveLength(1)
      })
    })

    describe("contention answers", () => {
      it("a buyer who cannot get the stock lock in time gets 409 with Retry-After, then completes", async () => {
        const { variantId, inventoryItemId } = await variantIdBySku()
        const cartId = await readyCart([{ variant_id: variantId, quantity: 1 }])
        await startPayment(cartId, "pp_system_default")
        const locking = container.resolve(Modules.LOCKING)
        // Another completion holds this item's stock lock for longer than the buyer waits.
        await locking.acquire(`${STOCK_LOCK_PREFIX}${inventoryItemId}`, { ownerId: "checkout:someone-else", expire: 60 })
        process.env.CHECKOUT_STOCK_LOCK_WAIT_MS = "500"
        try {
          const busy = await complete(cartId)
          expect(busy.status).toBe(409)
          expect(busy.headers["retry-after"]).toBe("1")
          expect(busy.data).toEqual(expect.objectContaining({ type: "conflict", code: "checkout_busy" }))
          expect(busy.data.message).toMatch(/try again/i)
        } finally {
          delete process.env.CHECKOUT_STOCK_LOCK_WAIT_MS
          await locking.release(`${STOCK_LOCK_PREFIX}${inventoryItemId}`, { ownerId: "checkout:someone-else" })
        }
        const placed = await complete(cartId)
        expect(placed.status).toBe(200)
        expect(placed.data.type).toBe("order")
      })

      it("maps a lock time-out inside Medusa's steps on cart routes to 409, not 500", async () => {
        const handler = checkoutErrorHandler()
        const answer = (path: string, error: Error) => {
          const res: any = { headersSent: false, headers: {} as Record<string, string>, statusCode: 0, body: undefined }
          res.setHeader = (k: string, v: string) => (res.headers[k.toLowerCase()] = v)
          res.status = (code: number) => ((res.statusCode = code), res)
          res.json = (body: unknown) => ((res.body = body), res)
          handler(error, { path, scope: container, method: "POST" } as any, res, () => {})
          return res
        }
        const timedOut = answer("/store/carts/cart_123/complete", new Error("Timed-out acquiring lock."))
        expect(timedOut.statusCode).toBe(409)
        expect(timedOut.headers["retry-after"]).toBe("1")
        expect(timedOut.body.message).toMatch(/try again/i)
        expect(answer("/store/carts/cart_123/line-items", new Error('Failed to acquire lock for key "cart_123"')).statusCode).toBe(409)
        expect(answer("/store/products", new Error("Timed-out acquiring lock.")).statusCode).toBe(500)
        expect(answer("/store/carts/cart_123/complete", new Error("boom")).statusCode).toBe(500)
      })
    })

    describe("order privacy", () => {
      it("shows a customer's order only to that customer, signed in", async () => {
        const ownerToken = await customer("owner@example.com")
        const strangerToken = await customer("stranger@example.com")
        const order = await manualOrder({ token: ownerToken, email: "owner@example.com" })

        const asOwner = await api.get(`/store/orders/${order.id}`, store(ownerToken))
        expect(asOwner.status).toBe(200)
        expect(asOwner.data.order.id).toBe(order.id)

        const asStranger = await api.get(`/store/orders/${order.id}`, store(strangerToken))
        expect(asStranger.status).toBe(404)
        const anonymous = await api.get(`/store/orders/${order.id}`, store())
        expect(anonymous.status).toBe(404)

        const strangersList = await ok(api.get("/store/orders", store(strangerToken)), "list")
        expect(strangersList.orders.map((o: { id: string }) => o.id)).not.toContain(order.id)
        const ownersList = await ok(api.get("/store/orders", store(ownerToken)), "list")
        expect(ownersList.orders.map((o: { id: string }) => o.id)).toContain(order.id)
      })

      it("lets only the order's owner ask for a return", async () => {
        const ownerToken = await customer("returner@example.com")
        const strangerToken = await customer("return-stranger@example.com")
        const order = await manualOrder({ token: ownerToken, email: "returner@example.com" })
        const { order: full } = await ok(api.get(`/store/orders/${order.id}?fields=id,*items`, store(ownerToken)), "order")
        const body = { order_id: order.id, items: [{ id: full.items[0].id, quantity: 1 }], return_shipping: { option_id: "so_unknown" } }

        const anonymous = await api.post("/store/returns", body, store())
        expect(anonymous.status).toBe(401)
        const stranger = await api.post("/store/returns", body, store(strangerToken))
        expect(stranger.status).toBe(404)
        // The owner passes the guard (Medusa then checks the rest of the request).
        const owner = await api.post("/store/returns", body, store(ownerToken))
        expect([401, 404]).not.toContain(owner.status)

      })

      it("shows a guest order by its id, but not to a signed-in stranger", async () => {
        const order = await manualOrder({ email: "guest@example.com" })
        const strangerToken = await customer("someone@example.com")

        expect((await api.get(`/store/orders/${order.id}`, store())).status).toBe(200)
        expect((await api.get(`/store/orders/${order.id}`, store(strangerToken))).status).toBe(404)
        // The same person who later signed up with the order's email may read it.
        const guestToken = await customer("guest@example.com")
        expect((await api.get(`/store/orders/${order.id}`, store(guestToken))).status).toBe(200)
        expect((await api.get("/store/orders/order_01JUNKNOWNUNKNOWNUNKNOWN00", store())).status).toBe(404)
      })
    })

    describe("stock under contention", () => {
      it("20 concurrent buyers for the last 5 units: exactly 5 orders, stock never below zero, no 500", async () => {
        const { variantId, inventoryItemId } = await variantIdBySku()
        await setStock(inventoryItemId, 5)

        const carts: { id: string; units: number }[] = []
        for (let i = 0; i < 20; i++) {
          const twice = false
          const lines: Line[] = twice
            ? [
                { variant_id: variantId, quantity: 1, metadata: { gift_note: `first ${i}` } },
                { variant_id: variantId, quantity: 1, metadata: { gift_note: `second ${i}` } },
              ]
            : [{ variant_id: variantId, quantity: 1 }]
          const id = await readyCart(lines)
          const { cart } = await ok(api.get(`/store/carts/${id}?fields=id,*items`, store()), "cart")
          expect(cart.items).toHaveLength(lines.length)
          await startPayment(id, "pp_system_default")
          carts.push({ id, units: twice ? 2 : 1 })
        }

        let lowest = Infinity
        let watching = true
        const watcher = (async () => {
          while (watching) {
            lowest = Math.min(lowest, (await stockLevels(inventoryItemId)).lowest)
            await sleep(10)
          }
        })()

        const statuses: number[] = []
        const outcomes = await Promise.all(
          carts.map(async (cart) => {
            for (let attempt = 0; attempt < 120; attempt++) {
              const response = await complete(cart.id)
              statuses.push(response.status)
              if (response.status === 409) {
                expect(response.headers["retry-after"]).toBe("1")
                await sleep(100 + Math.random() * 200)
                continue
              }
              return { ...cart, status: response.status, type: response.data.type, message: response.data.message as string | undefined }
            }
            return { ...cart, status: 409, type: undefined, message: "still busy" }
          })
        )
        watching = false
        await watcher

        console.info(`completion answers: ${JSON.stringify(statuses.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {}))}`)
        expect(statuses.filter((s) => s >= 500)).toEqual([])
        expect(statuses.every((s) => s === 200 || s === 400 || s === 409)).toBe(true)
        const placed = outcomes.filter((o) => o.status === 200 && o.type === "order")
        const refused = outcomes.filter((o) => o.status === 400)
        expect(placed.length + refused.length).toBe(20)
        expect(placed).toHaveLength(5)
        const sold = placed.reduce((s, o) => s + o.units, 0)
        const after = await stockLevels(inventoryItemId)
        expect({ sold, reserved: after.reserved, lowestAfter: after.lowest, lowestDuring: Math.min(lowest, 0) }).toEqual({
          sold: 5,
          reserved: 5,
          lowestAfter: 0,
          lowestDuring: 0,
        })
        for (const r of refused) expect(r.message).toMatch(/sold out|Only \d+ left/)
      })

      it("the same variant as two line items (different metadata) cannot buy more than the stock (Medusa #16502)", async () => {
        const { variantId, inventoryItemId } = await variantIdBySku()
        await setStock(inventoryItemId, 1)
        const id = await readyCart([
          { variant_id: variantId, quantity: 1, metadata: { gift_note: "first" } },
          { variant_id: variantId, quantity: 1, metadata: { gift_note: "second" } },
        ])
        const { cart } = await ok(api.get(`/store/carts/${id}?fields=id,*items`, store()), "cart")
        expect(cart.items).toHaveLength(2)
        await startPayment(id, "pp_system_default")
        const response = await complete(id)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/Only 1 left|sold out/)
        expect(await stockLevels(inventoryItemId)).toMatchObject({ stocked: 1, reserved: 0 })
      })
    })

    describe("business buyers' tax IDs (metadata.consignee)", () => {
      const berlin = { first_name: "Lena", last_name: "Schmidt", address_1: "Kastanienallee 12", city: "Berlin", postal_code: "10435", country_code: "de" }
      const consignee = (taxIds: { type: string; value: string }[], company_name: string | null = "Kastanie GmbH") => ({ company_name, tax_ids: taxIds })

      /** A German (EUR) cart with one line, the Berlin address and an unrelated metadata key. */
      async function germanCart() {
        const { variantId } = await variantIdBySku()
        const email = `business-${Math.random().toString(36).slice(2)}@example.com`
        const { cart } = await ok(api.post("/store/carts", { region_id: await regionId("European Union"), email }, store()), "create cart")
        await ok(api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, store()), "add line")
        await ok(api.post(`/store/carts/${cart.id}`, { shipping_address: berlin, metadata: { gift_wrap: "no" } }, store()), "address")
        return cart.id as string
      }
      async function cartNow(cartId: string) {
        const { cart } = await ok(api.get(`/store/carts/${cartId}?fields=id,metadata,*shipping_address`, store()), "cart")
        return cart as { metadata: Record<string, unknown> | null; shipping_address: { city: string; country_code: string } }
      }

      it("refuses a malformed VAT number with 400 and leaves the cart unchanged", async () => {
        const cartId = await germanCart()
        const before = await cartNow(cartId)
        const response = await api.post(
          `/store/carts/${cartId}`,
          { shipping_address: { ...berlin, city: "Hamburg", postal_code: "20095" }, metadata: { consignee: consignee([{ type: "eu_vat", value: "DE12" }]) } },
          store()
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toBe("consignee.tax_ids.0: An EU VAT number starts with the member state's code (e.g. DE123456789).")
        const after = await cartNow(cartId)
        expect(after.metadata).toEqual({ gift_wrap: "no" })
        expect(after.shipping_address.city).toBe("Berlin")
        expect(after).toEqual(before)
      })

      it("refuses a UK VAT number on a German delivery, and a malformed consignee", async () => {
        const cartId = await germanCart()
        const uk = await api.post(`/store/carts/${cartId}`, { metadata: { consignee: consignee([{ type: "uk_vat", value: "GB123456789" }]) } }, store())
        expect(uk.status).toBe(400)
        expect(uk.data.message).toBe("consignee.tax_ids.0: A UK VAT number does not apply to deliveries to DE.")

        const twice = await api.post(
          `/store/carts/${cartId}`,
          { metadata: { consignee: consignee([{ type: "eu_vat", value: "DE123456789" }, { type: "eu_vat", value: "FR12345678901" }]) } },
          store()
        )
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/consignee\.tax_ids\.1: Give one EU VAT number only/)

        const unknownType = await api.post(`/store/carts/${cartId}`, { metadata: { consignee: consignee([{ type: "ch_uid", value: "CHE123" }]) } }, store())
        expect(unknownType.status).toBe(400)
        expect(unknownType.data.message).toMatch(/^consignee\.tax_ids\.0\.type: /)
        const extraKey = await api.post(`/store/carts/${cartId}`, { metadata: { consignee: { ...consignee([]), vat: "DE123456789" } } }, store())
        expect(extraKey.status).toBe(400)
        expect(extraKey.data.message).toMatch(/^consignee/)
        expect((await cartNow(cartId)).metadata).toEqual({ gift_wrap: "no" })

        // A new cart created with an address and a consignee is checked the same way.
        const created = await api.post(
          "/store/carts",
          { region_id: await regionId("European Union"), shipping_address: berlin, metadata: { consignee: consignee([{ type: "uk_eori", value: "GB123456789000" }]) } },
          store()
        )
        expect(created.status).toBe(400)
        expect(created.data.message).toMatch(/UK EORI number does not apply to deliveries to DE/)
      })

      it("stores a good EU VAT number and company compact; the order carries them; null clears them", async () => {
        const cartId = await germanCart()
        const given = await ok(
          api.post(
            `/store/carts/${cartId}`,
            {
              metadata: {
                consignee: consignee(
                  [
                    { type: "eu_vat", value: "de 123.456.789" },
                    { type: "eu_eori", value: "DE-1234567890123" },
                  ],
                  "  Kastanie GmbH "
                ),
              },
            },
            store()
          ),
          "consignee"
        )
        const stored = {
          company_name: "Kastanie GmbH",
          tax_ids: [
            { type: "eu_vat", value: "DE123456789" },
            { type: "eu_eori", value: "DE1234567890123" },
          ],
        }
        expect(given.cart.metadata).toEqual({ gift_wrap: "no", consignee: stored })

        // Cleared with null, given again (a company name alone is fine too).
        await ok(api.post(`/store/carts/${cartId}`, { metadata: { consignee: null } }, store()), "clear")
        expect((await cartNow(cartId)).metadata).toEqual({ gift_wrap: "no" })
        await ok(api.post(`/store/carts/${cartId}`, { metadata: { consignee: consignee([], "Solo GmbH") } }, store()), "company only")
        expect((await cartNow(cartId)).metadata).toEqual({ gift_wrap: "no", consignee: { company_name: "Solo GmbH", tax_ids: [] } })
        // An update without a consignee leaves it alone.
        await ok(api.post(`/store/carts/${cartId}`, { shipping_address: berlin, metadata: { consignee: stored } }, store()), "address and consignee")
        await ok(api.post(`/store/carts/${cartId}`, { email: "einkauf@kastanie.example" }, store()), "email")
        expect((await cartNow(cartId)).metadata).toEqual({ gift_wrap: "no", consignee: stored })

        const { shipping_options } = await ok(api.get(`/store/shipping-options?cart_id=${cartId}`, store()), "shipping options")
        await ok(api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shipping_options[0].id }, store()), "shipping method")
        await startPayment(cartId, "pp_system_default")
        const placed = await complete(cartId)
        expect(placed.status).toBe(200)
        expect(placed.data.type).toBe("order")
        const { data } = await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "order", fields: ["id", "metadata"], filters: { id: placed.data.order.id } })
        expect((data[0] as { metadata: Record<string, unknown> }).metadata.consignee).toEqual(stored)
      })
    })
  },
})
