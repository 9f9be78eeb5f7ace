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

      describe("shipping with a carrier (Admin: POST /admin/orders/:id/fulfillments/:fulfillment_id/ship)", () => {
        // Uses the seed, the Admin token and adminPost of "order emails" (its beforeEach runs first).
        const DHL_URL = "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=1234567890"
        const buyerHeaders = (token?: string) => ({
          headers: { ...storeHeaders().headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        })
        const ship = (orderId: string, fulfillmentId: string, body: Record<string, unknown>) =>
          api.post(`/admin/orders/${orderId}/fulfillments/${fulfillmentId}/ship`, body, adminHeaders())
        const shippingEmails = (email: string) => outboxFiles().filter((f) => f.endsWith(`-shipping-confirmation-${email.replace("@", "_at_")}.json`))

        /** A signed-in customer's token (registered, then logged in so the token names her). */
        async function customerToken(email: string): Promise<string> {
          const ip = newAddress()
          const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD }, from(ip))
          await api.post("/store/customers", { email, first_name: "Dara", last_name: "Sok" }, buyerHeaders(registered.token))
          return (await api.post("/auth/customer/emailpass", { email, password: PASSWORD }, from(ip))).data.token
        }

        /** An EU order paid with the test provider, as the storefront places it. */
        async function placeOrder(email: string, token?: string): Promise<{ id: string; display_id: number; items: { id: string; quantity: number }[] }> {
          const query = container.resolve(ContainerRegistrationKeys.QUERY)
          const seeded = seedProducts.flatMap((p) => p.variants).find((v) => v.stock["PNH-EXP"] > 0)!
          const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id"], filters: { sku: seeded.sku } })
          const { data: regionList } = await api.get("/store/regions?limit=20", buyerHeaders())
          const region = regionList.regions.find((r: { name: string }) => r.name === "European Union")
          const { data: created } = await api.post("/store/carts", { region_id: region.id, email, items: [{ variant_id: variants[0].id, quantity: 1 }] }, buyerHeaders(token))
          const cartId = created.cart.id
          await api.post(
            `/store/carts/${cartId}`,
            { shipping_address: { first_name: "Lea", last_name: "Weber", address_1: "Torstrasse 1", city: "Berlin", postal_code: "10119", country_code: "de" } },
            buyerHeaders(token)
          )
          const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, buyerHeaders(token))
          const standard = options.shipping_options.find((o: { name: string }) => o.name.startsWith("Standard"))
          await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, buyerHeaders(token))
          const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, buyerHeaders(token))
          await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, buyerHeaders(token))
          const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, buyerHeaders(token))
          expect(completed.type).toBe("order")
          return completed.order
        }

        /** Creates a fulfillment of all the order's items in the Admin and returns its id. */
        async function fulfil(order: { id: string; items: { id: string; quantity: number }[] }): Promise<string> {
          const items = order.items.map((i) => ({ id: i.id, quantity: Number(i.quantity) }))
          await adminPost(`/admin/orders/${order.id}/fulfillments`, { items })
          const query = container.resolve(ContainerRegistrationKeys.QUERY)
          const { data } = await query.graph({ entity: "order", fields: ["fulfillments.id"], filters: { id: order.id } })
          return (data[0].fulfillments as { id: string }[])[0].id
        }

        async function fulfillment(id: string) {
          const query = container.resolve(ContainerRegistrationKeys.QUERY)
          const { data } = await query.graph({
            entity: "fulfillment",
            fields: ["id", "shipped_at", "data", "metadata", "labels.tracking_number", "labels.tracking_url"],
            filters: { id },
          })
          return data[0] as unknown as { shipped_at: string | null; data: Record<string, unknown> | null; metadata: Record<string, unknown> | null; labels: { tracking_number: string; tracking_url: string }[] }
        }

        it("ships with DHL Express: label with DHL's tracking link, an email naming the carrier, tracking on the buyer's order", async () => {
          const email = "dhl.buyer@example.com"
          const token = await customerToken(email)
          const order = await placeOrder(email, token)
          const fulfillmentId = await fulfil(order)

          const { status, data } = await ship(order.id, fulfillmentId, { carrier: "dhl_express", tracking_number: "12 3456 7890" })
          expect(status).toBe(200)
          expect(data.fulfillment).toEqual(
            expect.objectContaining({ id: fulfillmentId, carrier: "DHL Express", carrier_code: "dhl_express", tracking_number: "1234567890", tracking_url: DHL_URL, shipped_at: expect.any(String) })
          )

          const stored = await fulfillment(fulfillmentId)
          expect(stored.shipped_at).toBeTruthy()
          expect(stored.labels).toEqual([expect.objectContaining({ tracking_number: "1234567890", tracking_url: DHL_URL })])
          expect(stored.data).toEqual(expect.objectContaining({ carrier: "DHL Express", carrier_code: "dhl_express", tracking_number: "1234567890", tracking_url: DHL_URL }))
          expect(stored.metadata).toEqual(expect.objectContaining({ carrier: "DHL Express", carrier_code: "dhl_express" }))

          // Medusa's own order page sees the shipment; the widget's fields show carrier, label and date.
          const { data: adminOrder } = await api.get(
            `/admin/orders/${order.id}?fields=id,fulfillment_status,*fulfillments,*fulfillments.labels,*fulfillments.items`,
            adminHeaders()
          )
          expect(adminOrder.order.fulfillment_status).toBe("shipped")
          expect(adminOrder.order.fulfillments).toEqual([
            expect.objectContaining({
              shipped_at: expect.any(String),
              data: expect.objectContaining({ carrier: "DHL Express" }),
              labels: [expect.objectContaining({ tracking_number: "1234567890", tracking_url: DHL_URL })],
              items: [expect.objectContaining({ title: expect.any(String), quantity: 1 })],
            }),
          ])

          const shipped = await waitForEmail(email, "shipping-confirmation")
          expect(shipped.subject).toContain(`#${order.display_id}`)
          expect(shipped.html).toContain("DHL Express")
          expect(shipped.html).toContain("1234567890")
          expect(shipped.html).toContain(`href="${DHL_URL.replace("&", "&amp;")}"`)
          expect(shipped.text).toContain("DHL Express")
          expect(shipped.data).toEqual(expect.objectContaining({ carrier: "DHL Express", tracking: [{ number: "1234567890", url: DHL_URL }] }))

          // The owner, signed in, reads the tracking number through the Store API.
          const { data: seen } = await api.get(
            `/store/orders/${order.id}?fields=id,*fulfillments,fulfillments.labels.tracking_number,fulfillments.labels.tracking_url`,
            buyerHeaders(token)
          )
          expect(seen.order.fulfillments[0].labels).toEqual([expect.objectContaining({ tracking_number: "1234567890", tracking_url: DHL_URL })])
        })

        it("refuses bad input with 400 and a clear message, and changes nothing", async () => {
          const email = "bad.input@example.com"
          const order = await placeOrder(email)
          const fulfillmentId = await fulfil(order)

          const cases: [Record<string, unknown>, RegExp][] = [
            [{ carrier: "dhl_express", tracking_number: "12345" }, /DHL Express tracking numbers are 10 digits/],
            [{ carrier: "ups", tracking_number: "1234567890" }, /UPS tracking numbers are "1Z"/],
            [{ carrier: "ems", tracking_number: "EE12345KH" }, /EMS \(Cambodia Post\) tracking numbers are 2 letters, 9 digits, 2 letters/],
            [{ carrier: "other", tracking_number: "KEX-998877" }, /Name the carrier when it is "Other"/],
            [{ carrier: "other", carrier_name: "Kerry Express", tracking_number: "KEX-998877", tracking_url: "javascript:alert(1)" }, /full http\(s\) address/],
            [{ carrier: "fedex", tracking_number: "123456789012", tracking_url: "https://evil.example" }, /only given with "Other"/],
            [{ carrier: "usps", tracking_number: "9400100000000000000000" }, /carrier/],
            [{ carrier: "dhl_express" }, /tracking_number/],
            [{ carrier: "dhl_express", tracking_number: "1234567890", notify_customer: "yes" }, /notify_customer/],
            [{ carrier: "dhl_express", tracking_number: "1234567890", shipped_at: "2020-01-01" }, /Unrecognized fields: 'shipped_at'/],
          ]
          for (const [body, message] of cases) {
            const refused = await failure(ship(order.id, fulfillmentId, body))
            expect({ body, status: refused.status }).toEqual({ body, status: 400 })
            expect(refused.data.message).toMatch(message)
          }

          const stored = await fulfillment(fulfillmentId)
          expect(stored.shipped_at).toBeNull()
          expect(stored.labels).toEqual([])
          expect(stored.data?.carrier).toBeUndefined()
          expect(stored.metadata?.carrier).toBeUndefined()
          await new Promise((r) => setTimeout(r, 1000))
          expect(shippingEmails(email)).toEqual([])
        })

        it("ships a fulfillment once: a second attempt, even at the same moment, is refused and one email goes out", async () => {
          const email = "twice@example.com"
          const order = await placeOrder(email)
          const fulfillmentId = await fulfil(order)

          const other = { carrier: "other", carrier_name: "Kerry Express", tracking_number: "KEX-998877", tracking_url: "https://kerry.example/track?n=KEX-998877" }
          const both = await Promise.allSettled([ship(order.id, fulfillmentId, other), ship(order.id, fulfillmentId, { carrier: "ups", tracking_number: "1Z999AA10123456784" })])
          const statuses = both.map((r) => (r.status === "fulfilled" ? r.value.status : (r.reason as HttpError).response.status)).sort()
          expect(statuses).toEqual([200, 400])

          const again = await failure(ship(order.id, fulfillmentId, { carrier: "fedex", tracking_number: "123456789012" }))
          expect(again.status).toBe(400)
          expect(again.data.message).toMatch(/^This fulfillment was already marked as shipped on \d{4}-\d{2}-\d{2}\.$/)

          const stored = await fulfillment(fulfillmentId)
          expect(stored.labels).toHaveLength(1)
          const winner = stored.labels[0].tracking_number === "KEX-998877" ? "Kerry Express" : "UPS"
          expect(stored.data?.carrier).toBe(winner)

          const shipped = await waitForEmail(email, "shipping-confirmation")
          expect(shipped.html).toContain(winner)
          await new Promise((r) => setTimeout(r, 1500))
          expect(shippingEmails(email)).toHaveLength(1)
        })

        it("answers 404 for a fulfillment of another order, 400 for a canceled one; notify_customer: false ships without an email", async () => {
          const first = await placeOrder("first.order@example.com")
          const second = await placeOrder("second.order@example.com")
          const firstFulfillment = await fulfil(first)
          const secondFulfillment = await fulfil(second)

          const elsewhere = await failure(ship(first.id, secondFulfillment, { carrier: "fedex", tracking_number: "123456789012" }))
          expect(elsewhere.status).toBe(404)
          expect(elsewhere.data.message).toBe(`Fulfillment ${secondFulfillment} is not part of order #${first.display_id}.`)
          const unknownOrder = await failure(ship("order_does_not_exist", secondFulfillment, { carrier: "fedex", tracking_number: "123456789012" }))
          expect(unknownOrder.status).toBe(404)
          expect((await fulfillment(secondFulfillment)).shipped_at).toBeNull()

          await adminPost(`/admin/orders/${first.id}/fulfillments/${firstFulfillment}/cancel`, {})
          const canceled = await failure(ship(first.id, firstFulfillment, { carrier: "fedex", tracking_number: "123456789012" }))
          expect(canceled.status).toBe(400)
          expect(canceled.data.message).toMatch(/^This fulfillment was canceled on \d{4}-\d{2}-\d{2}; create a new fulfillment/)

          const quiet = await ship(second.id, secondFulfillment, { carrier: "ems", tracking_number: "EE123456789KH", notify_customer: false })
          expect(quiet.status).toBe(200)
          expect((await fulfillment(secondFulfillment)).labels).toEqual([
            expect.objectContaining({ tracking_number: "EE123456789KH", tracking_url: "https://globaltracktrace.ptc.post/gtt.web/Search.aspx" }),
          ])
          await new Promise((r) => setTimeout(r, 1500))
          expect(shippingEmails("second.order@example.com")).toEqual([])
        })
      })
    })
  },
})
