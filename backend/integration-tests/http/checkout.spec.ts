import { createServer } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { runSeed } from "../../src/scripts/seed/run"

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

beforeAll(async () => {
  // The runner boots Medusa on PORT (when set): chosen here so webhooks can reach it.
  process.env.PORT = String(await freePort())
})

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

    async function variantIdBySku(sku?: string) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "sku", "manage_inventory", "inventory_items.inventory_item_id"],
        filters: sku ? { sku } : {},
      })
      const variant = (data as any[]).find((v) => v.manage_inventory && v.inventory_items?.length)
      return { variantId: variant.id as string, inventoryItemId: variant.inventory_items[0].inventory_item_id as string }
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
      it("20 buyers for the last 5 units, some holding the variant twice: 5 units sold, never below zero, no 500", async () => {
        const { variantId, inventoryItemId } = await variantIdBySku()
        await setStock(inventoryItemId, 5)

        // Every third cart holds the variant as two line items (different metadata): 2 units.
        const carts: { id: string; units: number }[] = []
        for (let i = 0; i < 20; i++) {
          const twice = i % 3 === 0
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

        expect(statuses.filter((s) => s >= 500)).toEqual([])
        expect(statuses.every((s) => s === 200 || s === 400 || s === 409)).toBe(true)
        const placed = outcomes.filter((o) => o.status === 200 && o.type === "order")
        const refused = outcomes.filter((o) => o.status === 400)
        expect(placed.length + refused.length).toBe(20)
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
    })
  },
})
