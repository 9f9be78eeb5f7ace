import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { runSeed } from "../../src/scripts/seed/run"
import { products as seedProducts } from "../../src/scripts/seed/catalog"

// Set before the runner boots Medusa: emails go to a temporary outbox, login
// limits are low, and X-Forwarded-For is trusted so each test can act from
// its own address.
const OUTBOX = fs.mkdtempSync(path.join(os.tmpdir(), "afesip-outbox-"))
Object.assign(process.env, {
  EMAIL_OUTBOX_DIR: OUTBOX,
  STOREFRONT_URL: "http://storefront.test",
  TRUST_PROXY: "true",
  AUTH_RATE_LIMIT_LOGIN: "3/60",
  AUTH_RATE_LIMIT_RESET: "2/60",
})

jest.setTimeout(180 * 1000)

const SEED_OPTIONS = { backendUrl: "http://localhost:9000", adminUser: { email: "staff@afesip.test", password: "a-long-test-password" } }
const PASSWORD = "first-password-123"

type OutboxEmail = { id: string; to: string; from: string; subject: string; template: string; html: string; text: string; data: Record<string, unknown>; created_at: string }
type HttpError = { response: { status: number; headers: Record<string, string>; data: Record<string, unknown> } }

let addressCounter = 10
/** A fresh client address per test, so rate-limit counts never leak between tests. */
const newAddress = () => `198.51.100.${addressCounter++}`

function outboxFiles(): string[] {
  return fs.existsSync(OUTBOX) ? fs.readdirSync(OUTBOX).filter((f) => f.endsWith(".json")).sort() : []
}

async function waitForEmail(to: string, template: string, timeoutMs = 20_000): Promise<OutboxEmail & { file: string }> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    for (const file of outboxFiles().reverse()) {
      const email = JSON.parse(fs.readFileSync(path.join(OUTBOX, file), "utf8")) as OutboxEmail
      if (email.to === to && email.template === template) return { ...email, file }
    }
    if (Date.now() > deadline) throw new Error(`no ${template} email for ${to} in ${OUTBOX}: ${outboxFiles().join(", ")}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

afterAll(() => {
  fs.rmSync(OUTBOX, { recursive: true, force: true })
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const from = (ip: string, headers: Record<string, string> = {}) => ({ headers: { "x-forwarded-for": ip, ...headers } })
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => {
          throw new Error("expected the request to fail")
        },
        (e: HttpError) => e.response
      )

    describe("customer accounts", () => {
      it("registers, sends a reset link by email, and the link's token sets a new password", async () => {
        const { publishableKeys } = await runSeed(getContainer(), SEED_OPTIONS)
        const ip = newAddress()
        const email = "reset.buyer@example.com"

        const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD }, from(ip))
        const { data: created } = await api.post(
          "/store/customers",
          { email, first_name: "Sophea", last_name: "Chan" },
          from(ip, { authorization: `Bearer ${registered.token}`, "x-publishable-api-key": publishableKeys.webshop })
        )
        expect(created.customer.email).toBe(email)

        const reset = await api.post("/auth/customer/emailpass/reset-password", { identifier: email }, from(ip))
        expect(reset.status).toBe(201)
        const message = await waitForEmail(email, "password-reset")
        expect(message.file).toMatch(/^\d{8}T\d{9}-password-reset-reset\.buyer_at_example\.com\.json$/)
        expect(message.subject).toBe("Reset your AFESIP Fair Fashion password")
        expect(message.from).toBe("AFESIP Fair Fashion <orders@afesip-fairfashion.org>")
        expect(message.html).toContain("Hello Sophea,")
        const link = /http:\/\/storefront\.test\/us\/account\/reset-password\?token=[^"\s&]+&email=[^"\s]+/.exec(message.text)?.[0]
        expect(link).toBeDefined()
        const url = new URL(link!)
        expect(url.searchParams.get("email")).toBe(email)
        const token = url.searchParams.get("token")!
        expect(token.split(".")).toHaveLength(3)
        // The secret link is in the email, not in the data Medusa stores with the notification.
        expect(JSON.stringify(message.data)).not.toContain(token)

        const update = await api.post("/auth/customer/emailpass/update", { password: "second-password-456" }, from(ip, { authorization: `Bearer ${token}` }))
        expect(update.data).toEqual({ success: true })
        // Single use: the same token cannot set a password again.
        const again = await failure(api.post("/auth/customer/emailpass/update", { password: "third-password-789" }, from(ip, { authorization: `Bearer ${token}` })))
        expect(again.status).toBe(401)

        const login = await api.post("/auth/customer/emailpass", { email, password: "second-password-456" }, from(ip))
        expect(login.data.token).toEqual(expect.any(String))
        const old = await failure(api.post("/auth/customer/emailpass", { email, password: PASSWORD }, from(ip)))
        expect(old.status).toBe(401)
      })

      it("writes no email for an address without an account, and the reset route does not tell", async () => {
        const before = outboxFiles().length
        const response = await api.post("/auth/customer/emailpass/reset-password", { identifier: "nobody@example.com" }, from(newAddress()))
        expect(response.status).toBe(201)
        await new Promise((r) => setTimeout(r, 1500))
        expect(outboxFiles().filter((f) => f.includes("nobody_at_example.com"))).toEqual([])
        expect(outboxFiles().length).toBe(before)
      })

      it("answers 429 with Retry-After after 3 logins per address and email; other emails and addresses are unaffected", async () => {
        const ip = newAddress()
        const email = "limited.buyer@example.com"
        await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD }, from(newAddress()))

        for (let i = 0; i < 3; i++) {
          const wrong = await failure(api.post("/auth/customer/emailpass", { email, password: "wrong-password" }, from(ip)))
          expect(wrong.status).toBe(401)
        }
        const limited = await failure(api.post("/auth/customer/emailpass", { email: email.toUpperCase(), password: PASSWORD }, from(ip)))
        expect(limited.status).toBe(429)
        expect(limited.data).toEqual({ type: "too_many_requests", message: expect.any(String) })
        const retryAfter = Number(limited.headers["retry-after"])
        expect(retryAfter).toBeGreaterThan(0)
        expect(retryAfter).toBeLessThanOrEqual(60)

        // Another email from the same address: its own count.
        const other = await failure(api.post("/auth/customer/emailpass", { email: "someone.else@example.com", password: "x" }, from(ip)))
        expect(other.status).toBe(401)
        // The same email from another address: its own count, and the right password works.
        const elsewhere = await api.post("/auth/customer/emailpass", { email, password: PASSWORD }, from(newAddress()))
        expect(elsewhere.data.token).toEqual(expect.any(String))
        // Admin logins are not limited by these routes.
        const admin = await failure(api.post("/auth/user/emailpass", { email, password: "wrong-password" }, from(ip)))
        expect(admin.status).toBe(401)
      })

      it("limits reset emails per address, whichever client asks", async () => {
        const email = "many.resets@example.com"
        for (let i = 0; i < 2; i++) {
          const ok = await api.post("/auth/customer/emailpass/reset-password", { identifier: email }, from(newAddress()))
          expect(ok.status).toBe(201)
        }
        const limited = await failure(api.post("/auth/customer/emailpass/reset-password", { identifier: email }, from(newAddress())))
        expect(limited.status).toBe(429)
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
      })
    })

    describe("order emails", () => {
      let container: MedusaContainer
      let publishableKey: string
      let adminToken: string
      beforeEach(async () => {
        container = getContainer()
        publishableKey = (await runSeed(container, SEED_OPTIONS)).publishableKeys.webshop
        adminToken = (await api.post("/auth/user/emailpass", SEED_OPTIONS.adminUser)).data.token
      })
      const storeHeaders = () => ({ headers: { "x-publishable-api-key": publishableKey } })
      const adminHeaders = () => ({ headers: { authorization: `Bearer ${adminToken}` } })
      /** Admin POST that reports Medusa's message when it fails. */
      const adminPost = (url: string, body: unknown) =>
        api.post(url, body, adminHeaders()).catch((e: HttpError) => {
          throw new Error(`POST ${url}: ${e.response?.status} ${JSON.stringify(e.response?.data)}`)
        })

      it("sends a French, VAT-inclusive order confirmation with #display_id, then a shipping confirmation with tracking", async () => {
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const seeded = seedProducts.flatMap((p) => p.variants).find((v) => v.stock["PNH-EXP"] > 0)!
        const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: seeded.sku } })
        const { data: regionList } = await api.get("/store/regions?limit=20", storeHeaders())
        const region = regionList.regions.find((r: { name: string }) => r.name === "European Union")
        const email = "commande@example.fr"

        const { data: createdCart } = await api.post(
          "/store/carts",
          { region_id: region.id, email, locale: "fr-FR", items: [{ variant_id: variants[0].id, quantity: 2 }] },
          storeHeaders()
        )
        const cartId = createdCart.cart.id
        await api.post(
          `/store/carts/${cartId}`,
          { shipping_address: { first_name: "Camille", last_name: "Martin", address_1: "12 rue des Lilas", city: "Paris", postal_code: "75011", country_code: "fr" } },
          storeHeaders()
        )
        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, storeHeaders())
        const standard = options.shipping_options.find((o: { name: string }) => o.name.startsWith("Standard"))
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, storeHeaders())
        const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, storeHeaders())
        await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, storeHeaders())
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders())
        expect(completed.type).toBe("order")
        const order = completed.order

        const confirmation = await waitForEmail(email, "order-confirmation")
        expect(confirmation.file).toMatch(/-order-confirmation-commande_at_example\.fr\.json$/)
        expect(confirmation.subject).toBe(`Votre commande AFESIP Fair Fashion #${order.display_id}`)
        expect(confirmation.html).toContain(`#${order.display_id}`)
        expect(confirmation.html).toContain("dont TVA")
        expect(confirmation.html).toContain(`http://storefront.test/fr/order/${order.id}/confirmed`)
        expect(confirmation.text).toContain(`#${order.display_id}`)
        expect(confirmation.data).toEqual(
          expect.objectContaining({ locale: "fr", display_id: order.display_id, currency_code: "eur", total: order.total, tax_inclusive: true, duties_may_be_due: false })
        )
        const total = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(order.total)
        expect(confirmation.html).toContain(total)

        // The Admin ships it with a tracking label and names the carrier on the fulfillment.
        const items = (order.items as { id: string; quantity: number }[]).map((i) => ({ id: i.id, quantity: Number(i.quantity) }))
        expect(items).toEqual([{ id: expect.any(String), quantity: 2 }])
        await adminPost(`/admin/orders/${order.id}/fulfillments`, { items, metadata: { carrier: "DHL Express" } })
        const { data: withFulfillment } = await query.graph({ entity: "order", fields: ["fulfillments.id"], filters: { id: order.id } })
        const fulfillmentId = (withFulfillment[0].fulfillments as { id: string }[])[0].id
        await adminPost(`/admin/orders/${order.id}/fulfillments/${fulfillmentId}/shipments`, {
          items,
          labels: [{ tracking_number: "JD014600006281234567", tracking_url: "https://tracking.example/JD014600006281234567", label_url: "https://tracking.example/label.pdf" }],
        })

        const shipped = await waitForEmail(email, "shipping-confirmation")
        expect(shipped.subject).toBe(`Votre commande #${order.display_id} est en route`)
        expect(shipped.html).toContain("DHL Express")
        expect(shipped.html).toContain("JD014600006281234567")
        expect(shipped.html).toContain('href="https://tracking.example/JD014600006281234567"')
        expect(shipped.data).toEqual(expect.objectContaining({ items: [expect.objectContaining({ quantity: 2 })] }))

        // The buyer's order page reads the tracking label through the Store API.
        const { data: seen } = await api.get(
          `/store/orders/${order.id}?fields=id,*fulfillments,*fulfillments.labels,fulfillments.labels.tracking_number,fulfillments.labels.tracking_url`,
          storeHeaders()
        )
        expect(seen.order.fulfillments[0].labels).toEqual([
          expect.objectContaining({ tracking_number: "JD014600006281234567", tracking_url: "https://tracking.example/JD014600006281234567" }),
        ])
      })
    })
  },
})
