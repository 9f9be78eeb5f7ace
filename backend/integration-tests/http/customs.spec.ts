import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { PDFParse } from "pdf-parse"
import { buildMid, exporterDay } from "../../src/lib/customs"
import { PUBLIC_LABEL_KEYS } from "../../src/modules/customs/public-view"
import { products as seedProducts } from "../../src/scripts/seed/catalog"
import { SEED_PACKING_ALLOWANCE_G } from "../../src/scripts/seed/customs"
import { runSeed } from "../../src/scripts/seed/run"

jest.setTimeout(180 * 1000)

const ADMIN = { email: "customs@afesip.test", password: "a-long-test-password" }

type Json = Record<string, any>

const EXPORTER = {
  legal_name: "AFESIP Fair Fashion",
  address: { address_1: "Street 598", address_2: "Sangkat Chrang Chamreh", city: "Phnom Penh", province: "Phnom Penh", postal_code: "120704", country_code: "kh" },
  tax_id: "K001-901234567",
  rex_number: "khrex 0123456789",
  ioss_number: "",
  uk_vat_number: "GB 123 4567 89",
  au_arn: null,
  phone: "+855 23 000 000",
  email: "export@afesip.test",
  signatory_name: "Export Manager",
  signatory_title: "Export manager",
}

async function createAdminUser(container: MedusaContainer) {
  const { result } = await createUsersWorkflow(container).run({ input: { users: [{ email: ADMIN.email }] } })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: ADMIN })
  await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: result[0].id } })
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    const productId: Record<string, string> = {}

    const fail = async (request: Promise<unknown>) => {
      try {
        await request
      } catch (e) {
        const response = (e as { response?: { status: number; data: Json } }).response
        if (!response) throw e
        return response
      }
      throw new Error("The request succeeded but should have failed")
    }

    beforeAll(async () => {
      const container = getContainer()
      const { publishableKeys } = await runSeed(container, { backendUrl: "http://localhost:9000" })
      store = { headers: { "x-publishable-api-key": publishableKeys.webshop } }
      await createAdminUser(container)
      const { data } = await api.post("/auth/user/emailpass", ADMIN)
      admin = { headers: { authorization: `Bearer ${data.token}` } }
      for (const p of await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id", "handle"] })) productId[p.handle] = p.id
    })

    const getCustoms = async (handle: string) => (await api.get(`/admin/products/${productId[handle]}/customs`, admin)).data
    const firstVariant = async (handle: string) => (await getCustoms(handle)).variants[0] as Json

    describe("seeded customs data", () => {
      it("exists for every variant of the catalog, as the catalog describes it", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku", "customs_detail.id"] })
        expect(variants.length).toBe(seedProducts.reduce((n, p) => n + p.variants.length, 0))
        expect(variants.filter((v: Json) => !v.customs_detail).map((v: Json) => v.sku)).toEqual([])

        const blend = seedProducts.find((p) => p.handle === "tonle-sap-midi-dress")!
        const variant = await firstVariant(blend.handle)
        expect(variant).toEqual(
          expect.objectContaining({
            hs_code: "620449",
            origin_country: expect.stringMatching(/^kh$/i),
            customs: expect.objectContaining({
              composition: [
                { fibre: "silk", percent: 55 },
                { fibre: "cotton", percent: 45 },
              ],
              construction: "woven",
              care_text: { en: blend.care.join("\n"), fr: expect.stringContaining("Lavage à la main") },
              care_symbols: ["hand-wash", "line-dry-shade", "iron-low"],
              tariff_overrides: {},
              packed_weight_g: blend.weight + SEED_PACKING_ALLOWANCE_G,
              packed_length_cm: blend.length,
            }),
            check: { errors: [], warnings: [] },
          })
        )
        // Today's preferences per destination: the dress may carry an EU statement, a bag may not.
        expect(variant.preferences.EU).toEqual(expect.objectContaining({ eligible: true, scheme: "eu-gsp-eba" }))
        expect(variant.preferences.US).toEqual(expect.objectContaining({ eligible: false, scheme: null }))
        const tote = await firstVariant("silk-market-tote")
        expect(tote.customs.construction).toBe("other")
        expect(tote.preferences.EU).toEqual(expect.objectContaining({ eligible: false, rule_ids: ["eu-eba-kh-2020-travel-goods"] }))
        expect(tote.preferences.UK).toEqual(expect.objectContaining({ eligible: true, scheme: "uk-dcts-comprehensive" }))
      })

      it("is not created twice by a second seed run", async () => {
        const again = await runSeed(getContainer(), { backendUrl: "http://localhost:9000" })
        expect(again.created["customs data"]).toBe(0)
      })
    })

    describe("POST /admin/products/:id/customs", () => {
      it("saves a valid update for one variant and leaves the others alone", async () => {
        const before = await getCustoms("sampot-silk-blouse")
        const [target, other] = before.variants
        const { data } = await api.post(
          `/admin/products/${productId["sampot-silk-blouse"]}/customs`,
          {
            variants: [
              {
                variant_id: target.id,
                composition: [
                  { fibre: "Silk", percent: 92 },
                  { fibre: "spandex", percent: 8 },
                ],
                care_symbols: ["iron-low", "hand-wash", "do-not-bleach"],
                tariff_overrides: { US: { code: "6206.10.0040" }, EU: { code: "62061000" }, AU: { code: "62061000", stat_code: "18" } },
                packed_weight_g: 175,
              },
            ],
          },
          admin
        )
        const saved = data.variants.find((v: Json) => v.id === target.id)
        expect(saved.customs).toEqual(
          expect.objectContaining({
            composition: [
              { fibre: "silk", percent: 92 },
              { fibre: "elastane", percent: 8 },
            ],
            construction: "woven",
            care_symbols: ["hand-wash", "do-not-bleach", "iron-low"],
            care_text: target.customs.care_text,
            tariff_overrides: { US: { code: "6206100040" }, EU: { code: "62061000" }, AU: { code: "62061000", stat_code: "18" } },
            packed_weight_g: 175,
            packed_length_cm: target.customs.packed_length_cm,
          })
        )
        expect(saved.check.errors).toEqual([])
        expect(data.variants.find((v: Json) => v.id === other.id).customs).toEqual(other.customs)
      })

      it("changes Medusa's HS code together with the construction (knitted scarf → 6117)", async () => {
        const scarf = await firstVariant("krama-silk-scarf")
        const { data } = await api.post(
          `/admin/products/${productId["krama-silk-scarf"]}/customs`,
          { variants: [{ variant_id: scarf.id, hs_code: "6117.10", construction: "knitted" }] },
          admin
        )
        const saved = data.variants.find((v: Json) => v.id === scarf.id)
        expect(saved.hs_code).toBe("611710")
        expect(saved.customs.construction).toBe("knitted")
      })

      const BAD: [string, (variantId: string) => Json, RegExp][] = [
        ["composition that adds up to 90 %", (id) => ({ variant_id: id, composition: [{ fibre: "silk", percent: 60 }, { fibre: "cotton", percent: 30 }] }), /adds up to 90 %/],
        ["a fibre that is not a generic name", (id) => ({ variant_id: id, composition: [{ fibre: "Tencel", percent: 100 }] }), /not a generic fibre name/],
        ["a knitted dress under chapter 62", (id) => ({ variant_id: id, construction: "knitted" }), /chapter 62.*6104/],
        ["a negative packed weight", (id) => ({ variant_id: id, packed_weight_g: -20 }), /packed weight/],
        ["an EU code of 10 digits", (id) => ({ variant_id: id, tariff_overrides: { EU: { code: "6204499000" } } }), /EU CN code has 8 digits/],
        ["a US code for another HS code", (id) => ({ variant_id: id, tariff_overrides: { US: { code: "6206100040" } } }), /does not start with the HS code 6204.49/],
        ["two washing symbols", (id) => ({ variant_id: id, care_symbols: ["wash-30", "hand-wash"] }), /one washing symbol/],
        ["an unknown field", (id) => ({ variant_id: id, hs: "620449" }), /Unrecognized fields: 'hs'/],
        ["a variant of another product", () => ({ variant_id: "variant_not_here", packed_weight_g: 100 }), /not a variant of this product/],
      ]

      it.each(BAD)("answers 400 to %s and changes nothing", async (_label, body, message) => {
        const before = await getCustoms("mekong-wrap-dress")
        const response = await fail(api.post(`/admin/products/${productId["mekong-wrap-dress"]}/customs`, { variants: [body(before.variants[0].id)] }, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
        expect(await getCustoms("mekong-wrap-dress")).toEqual(before)
      })

      it("saves nothing when one variant of several is wrong", async () => {
        const before = await getCustoms("lotus-shift-dress")
        const [good, bad] = before.variants
        const response = await fail(
          api.post(
            `/admin/products/${productId["lotus-shift-dress"]}/customs`,
            {
              variants: [
                { variant_id: good.id, hs_code: "620444", packed_weight_g: 999 },
                { variant_id: bad.id, construction: "knitted" },
              ],
            },
            admin
          )
        )
        expect(response.status).toBe(400)
        expect(await getCustoms("lotus-shift-dress")).toEqual(before)
      })
    })

    describe("exporter settings", () => {
      it("are seeded with working values and say what an invoice still lacks", async () => {
        const { data } = await api.get("/admin/exporter", admin)
        expect(data.exporter).toEqual(expect.objectContaining({ legal_name: "AFESIP Fair Fashion", tax_id: null, rex_number: null }))
        expect(data.exporter.address).toEqual(expect.objectContaining({ address_1: "Street 598", city: "Phnom Penh", country_code: "KH" }))
        expect(data.missing).toEqual(["tax_id", "signatory_name"])
      })

      it("round-trip, with registration numbers compacted and empty ones cleared", async () => {
        const { data: saved } = await api.post("/admin/exporter", EXPORTER, admin)
        const { data } = await api.get("/admin/exporter", admin)
        expect(data).toEqual(saved)
        expect(data.missing).toEqual([])
        expect(data.exporter).toEqual(
          expect.objectContaining({
            legal_name: "AFESIP Fair Fashion",
            tax_id: "K001-901234567",
            rex_number: "KHREX0123456789",
            ioss_number: null,
            uk_vat_number: "GB123456789",
            au_arn: null,
            signatory_name: "Export Manager",
          })
        )
        expect(data.exporter.address).toEqual(expect.objectContaining({ country_code: "KH", postal_code: "120704" }))
      })

      it.each([
        ["a REX number of another country", { rex_number: "INREX0123456789" }, /exporter is in KH/],
        ["a malformed IOSS number", { ioss_number: "IM123" }, /IOSS number is IM followed by 10 digits/],
        ["a malformed UK VAT number", { uk_vat_number: "123456789" }, /UK VAT number is GB/],
        ["an ARN of 11 digits", { au_arn: "30000000000" }, /ARN has 12 digits/],
        ["no tax ID", { tax_id: "" }, /tax_id/],
        ["no signatory", { signatory_name: "" }, /signatory_name/],
        ["a country name instead of its code", { address: { ...EXPORTER.address, country_code: "Cambodia" } }, /two letters/],
      ])("refuse %s with 400 and keep the saved values", async (_label, change, message) => {
        await api.post("/admin/exporter", EXPORTER, admin)
        const { data: before } = await api.get("/admin/exporter", admin)
        const response = await fail(api.post("/admin/exporter", { ...EXPORTER, ...change }, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
        expect((await api.get("/admin/exporter", admin)).data).toEqual(before)
      })
    })

    describe("facility MIDs", () => {
      const exportCentre = async () => {
        const { data } = await api.get("/admin/customs/mids", admin)
        return data.facility_mids.find((m: Json) => m.code === "PNH-EXP") as Json
      }

      it("are computed from each facility's customs name and address by the CBP rule", async () => {
        const { data } = await api.get("/admin/customs/mids", admin)
        expect(data.facility_mids).toHaveLength(3)
        for (const m of data.facility_mids) {
          const a = m.customs_address
          const expected = buildMid({ country_code: a.country_code, name: a.legal_name, address_lines: [a.address_1, a.address_2], city: a.city })
          expect(m).toEqual(expect.objectContaining({ source: "computed", override_mid: null, stale: false, mid: expected.ok ? expected.mid : null }))
        }
        expect((await exportCentre()).mid).toBe("KHAFEFAI598PHN")
        expect(data.facility_mids.find((m: Json) => m.code === "TLC-SLK").mid).toBe("KHAFEFAIKAM")
      })

      it("keep a staff override across a recompute, and recompute after an address change", async () => {
        const facility = await exportCentre()
        const { data: overridden } = await api.post(
          `/admin/facilities/${facility.facility_id}/mid`,
          { override_mid: "khafefai598phn2", reason: "As registered with the broker" },
          admin
        )
        expect(overridden.facility_mid).toEqual(
          expect.objectContaining({ mid: "KHAFEFAI598PHN2", source: "override", computed_mid: "KHAFEFAI598PHN", override_reason: "As registered with the broker", override_differs: true })
        )

        // The facility moves: the MID is stale until recomputed; the override stays.
        await api.post(
          `/admin/facilities/${facility.facility_id}`,
          { customs_address: { ...facility.customs_address, address_1: "No. 1200, National Road 2", address_2: undefined } },
          admin
        )
        const moved = (await api.get(`/admin/facilities/${facility.facility_id}/mid`, admin)).data.facility_mid
        expect(moved).toEqual(expect.objectContaining({ stale: true, rule_mid: "KHAFEFAI1200PHN", mid: "KHAFEFAI598PHN2" }))
        const { data: recomputed } = await api.post(`/admin/facilities/${facility.facility_id}/mid/recompute`, {}, admin)
        expect(recomputed.facility_mid).toEqual(
          expect.objectContaining({ computed_mid: "KHAFEFAI1200PHN", stale: false, override_mid: "KHAFEFAI598PHN2", mid: "KHAFEFAI598PHN2" })
        )

        // Clearing the override returns to the rule's MID.
        const { data: cleared } = await api.post(`/admin/facilities/${facility.facility_id}/mid`, { override_mid: null }, admin)
        expect(cleared.facility_mid).toEqual(expect.objectContaining({ mid: "KHAFEFAI1200PHN", source: "computed", override_reason: null }))
      })

      it.each([
        ["punctuation", "KH-AFEFAI-598PHN"],
        ["too long", "KHAFEFAI598PHNXX"],
        ["no country code", "1234"],
      ])("refuse an override with %s (400, unchanged)", async (_label, mid) => {
        const facility = await exportCentre()
        const response = await fail(api.post(`/admin/facilities/${facility.facility_id}/mid`, { override_mid: mid }, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/MID has 3 to 15/)
        expect(await exportCentre()).toEqual(facility)
      })

      it("answer 404 for an unknown facility", async () => {
        expect((await fail(api.post("/admin/facilities/fac_missing/mid/recompute", {}, admin))).status).toBe(404)
      })
    })

    describe("GET /store/products/:id/customs", () => {
      it("shows only the public label data: composition, care and origin", async () => {
        const product = seedProducts.find((p) => p.handle === "mekong-wrap-dress")!
        const { data } = await api.get(`/store/products/${productId[product.handle]}/customs`, store)
        expect(data.customs.product_id).toBe(productId[product.handle])
        expect(data.customs.variants).toHaveLength(product.variants.length)
        for (const v of data.customs.variants) {
          expect(Object.keys(v).sort()).toEqual([...PUBLIC_LABEL_KEYS].sort())
        }
        expect(data.customs.variants[0]).toEqual({
          variant_id: expect.any(String),
          sku: product.variants[0].sku,
          composition: [{ fibre: "silk", percent: 100, name: { en: "silk", fr: "soie" } }],
          composition_text: { en: "100% silk", fr: "100 % soie" },
          construction: "woven",
          care: {
            text: { en: product.care.join("\n"), fr: expect.stringContaining("Ne pas sécher en tambour") },
            symbols: [
              { code: "hand-wash", label: expect.objectContaining({ en: expect.any(String), fr: expect.any(String) }) },
              { code: "do-not-tumble-dry", label: expect.any(Object) },
              { code: "iron-low", label: expect.any(Object) },
              { code: "dry-clean-p", label: expect.any(Object) },
            ],
          },
          origin_country: "KH",
        })
        const text = JSON.stringify(data)
        for (const secret of ["tariff_overrides", "packed_weight_g", "hs_code", "mid", "customs_detail"]) expect(text).not.toContain(`"${secret}"`)
      })

      it("needs a publishable key and hides unpublished products", async () => {
        const id = productId["mekong-wrap-dress"]
        expect((await fail(api.get(`/store/products/${id}/customs`))).status).toBe(400)
        await api.post(`/admin/products/${id}`, { status: "draft" }, admin)
        expect((await fail(api.get(`/store/products/${id}/customs`, store))).status).toBe(404)
        expect((await fail(api.get(`/store/products/prod_missing/customs`, store))).status).toBe(404)
      })
    })

    describe("export documents (commercial invoice and packing list)", () => {
      const PASSWORD = "a-long-customer-password"
      const today = exporterDay(new Date())
      const year = today.slice(0, 4)
      let wholesaleKey: string
      const orders: Record<"eu" | "us" | "wholesale", string> = { eu: "", us: "", wholesale: "" }
      const tokens: Record<"anna" | "ben" | "shop", string> = { anna: "", ben: "", shop: "" }

      const as = (token: string, key?: string) => ({ headers: { "x-publishable-api-key": key ?? store.headers["x-publishable-api-key"], authorization: `Bearer ${token}` } })
      const noAuth = () => ({ headers: { "x-publishable-api-key": store.headers["x-publishable-api-key"] } })

      async function customer(email: string) {
        const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
        await api.post("/store/customers", { email, first_name: "Test", last_name: "Buyer" }, as(reg.token))
        const { data } = await api.post("/auth/customer/emailpass", { email, password: PASSWORD })
        return data.token as string
      }

      async function variantOf(handle: string) {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "product_variant", fields: ["id", "sku", "inventory_items.inventory_item_id"], filters: { product_id: productId[handle] } })
        const variant = data[0] as Json
        const inventory = getContainer().resolve(Modules.INVENTORY)
        const levels = await inventory.listInventoryLevels({ inventory_item_id: variant.inventory_items[0].inventory_item_id })
        await inventory.updateInventoryLevels(levels.map((l) => ({ inventory_item_id: l.inventory_item_id, location_id: l.location_id, stocked_quantity: 100 })))
        return variant.id as string
      }

      /** Places an order through the Store API with the manual payment provider. */
      async function placeOrder(o: { token: string; key?: string; region: string; address: Json; items: [string, number][]; metadata?: Json }) {
        const headers = as(o.token, o.key)
        const { data: regionList } = await api.get("/store/regions?limit=20", headers)
        const region = regionList.regions.find((r: Json) => r.name === o.region)
        const { data: created } = await api.post("/store/carts", { region_id: region.id, ...(o.metadata ? { metadata: o.metadata } : {}) }, headers)
        const cartId = created.cart.id
        for (const [handle, quantity] of o.items) await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantOf(handle), quantity }, headers)
        await api.post(`/store/carts/${cartId}`, { shipping_address: o.address }, headers)
        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, headers)
        const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
        await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
        const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
        expect(done.type).toBe("order")
        return done.order.id as string
      }

      const summary = async (orderId: string) => (await api.get(`/admin/orders/${orderId}/export`, admin)).data as Json
      const line = (s: Json, handle: string) => s.lines.find((l: Json) => l.description.startsWith(seedProducts.find((p) => p.handle === handle)!.title)) as Json

      async function pdfText(url: string, headers: Json) {
        const response = await api.get(url, { ...headers, responseType: "arraybuffer" })
        expect(response.headers["content-type"]).toBe("application/pdf")
        const buffer = Buffer.from(response.data)
        expect(buffer.subarray(0, 5).toString()).toBe("%PDF-")
        // Set EXPORT_PDF_DIR to keep the documents a run produced, e.g. to look at them.
        if (process.env.EXPORT_PDF_DIR) writeFileSync(join(process.env.EXPORT_PDF_DIR, `${url.split("/").slice(-3).join("-")}.pdf`), buffer)
        const parser = new PDFParse({ data: buffer })
        const { text } = await parser.getText()
        await parser.destroy()
        return text.replace(/\s+/g, " ")
      }

      const cartonsFrom = (s: Json) => [{ ...s.suggested_carton }]
      const profileOf = (s: Json) => {
        const { incoterm, incoterm_place, reason_for_export, consignee, po_number, cartons, insurance_amount, eur_rate } = s.profile
        return { incoterm, incoterm_place, reason_for_export, consignee, po_number, cartons, insurance_amount, eur_rate }
      }

      /**
       * The database is restored before every test, so each test sets up what
       * it needs: the exporter, the buyers and their orders.
       */
      async function given(which: ("eu" | "us" | "wholesale")[]) {
        Object.assign(tokens, { anna: "", ben: "", shop: "" })
        await api.post("/admin/exporter", EXPORTER, admin)
        const { data: keys } = await api.get("/admin/api-keys?type=publishable&limit=20", admin)
        wholesaleKey = keys.api_keys.find((k: Json) => k.title === "Wholesale").token
        if (which.includes("eu")) {
          tokens.anna = await customer("anna@example.de")
          tokens.ben = await customer("ben@example.com")
          orders.eu = await placeOrder({
            token: tokens.anna,
            region: "European Union",
            address: { first_name: "Anna", last_name: "Schmidt", address_1: "Torstraße 12", city: "Berlin", postal_code: "10119", country_code: "de", phone: "+49 30 1234567" },
            items: [["ikat-silk-scarf", 2], ["silk-market-tote", 1]],
          })
        }
        if (which.includes("us")) {
          tokens.ben = tokens.ben || (await customer("ben@example.com"))
          orders.us = await placeOrder({
            token: tokens.ben,
            region: "United States",
            address: { first_name: "Ben", last_name: "Carter", address_1: "1 Main St", city: "Portland", province: "OR", postal_code: "97201", country_code: "us" },
            items: [["mekong-wrap-dress", 1]],
          })
        }
        if (which.includes("wholesale")) {
          tokens.shop = await customer("orders@fairboutique.co.uk")
          orders.wholesale = await placeOrder({
            token: tokens.shop,
            key: wholesaleKey,
            region: "United Kingdom",
            address: { first_name: "Jo", last_name: "Patel", company: "Fair Boutique Ltd", address_1: "4 Mill Lane", city: "Leeds", postal_code: "LS1 4AB", country_code: "gb" },
            items: [["hol-pattern-shawl", 12], ["silk-market-tote", 6]],
            metadata: { consignee: { company_name: "Fair Boutique Ltd", tax_ids: [{ type: "uk_vat", value: "GB123456789" }] } },
          })
        }
      }

      /** The EU order with its profile saved (suggested carton, €4.50 insurance) and one set of documents issued. */
      async function issuedEuOrder() {
        await given(["eu"])
        const s = await summary(orders.eu)
        const saved = (await api.post(`/admin/orders/${orders.eu}/export`, { ...profileOf(s), cartons: cartonsFrom(s), insurance_amount: 4.5 }, admin)).data
        const { data: issued } = await api.post(`/admin/orders/${orders.eu}/export/documents`, {}, admin)
        return { s, saved, issued }
      }

      it("start from what the checkout told the buyer (DDP within IOSS) to her city, show each line's preference and say what blocks issuing", async () => {
        await given(["eu", "wholesale"])
        const s = await summary(orders.eu)
        expect(s.profile_saved).toBe(false)
        // €144.54 of goods to Germany: IOSS, so the checkout said duties were included.
        const { data: told } = await api.get("/store/duties?country_code=de&currency_code=eur&goods_value=144.54", noAuth())
        expect(told.duties).toEqual({ outcome: "included", incoterm: "DDP", scheme: "EU IOSS" })
        expect(s.profile).toEqual(expect.objectContaining({ incoterm: "DDP", incoterm_place: "Berlin, DE", reason_for_export: "sale", cartons: [] }))
        expect(s.order.channel).toBe("retail")
        expect(s.options.incoterms).toEqual(["DAP", "DDP"])
        expect(s.destination).toBe("EU")
        const tote = line(s, "silk-market-tote")
        expect(tote.preference).toEqual(expect.objectContaining({ eligible: false }))
        expect(tote.preference.reason).toMatch(/4202|handbags/i)
        expect(tote.origin_statement).toBe(false)
        // Silk scarves (6214.10) kept EBA preference in 2020; bags did not.
        const scarf = line(s, "ikat-silk-scarf")
        expect(scarf.preference).toEqual(expect.objectContaining({ eligible: true, scheme: "EU GSP – Everything But Arms" }))
        expect(scarf.origin_statement).toBe(true)
        expect(s.ready).toBe(false)
        expect(s.blocking.map((i: Json) => i.code)).toEqual(["unpacked", "unpacked"])
        expect((await fail(api.post(`/admin/orders/${orders.eu}/export/documents`, {}, admin))).status).toBe(400)
        expect((await api.get(`/admin/orders/${orders.eu}/export/documents`, admin)).data.documents).toEqual([])

        const wholesale = await summary(orders.wholesale)
        expect(wholesale.order.channel).toBe("wholesale")
        expect(wholesale.profile.incoterm).toBe("DAP")
        expect(wholesale.profile.consignee).toEqual({ company_name: "Fair Boutique Ltd", tax_ids: [{ type: "uk_vat", value: "GB123456789" }] })
        expect(wholesale.options.incoterms).toEqual(["EXW", "FCA", "FOB", "DAP", "DDP"])
      })

      it("refuse a bad export profile with 400 and change nothing", async () => {
        await given(["eu"])
        const before = await summary(orders.eu)
        const good = { ...profileOf(before), cartons: cartonsFrom(before) }
        const [scarfLine, toteLine] = [line(before, "ikat-silk-scarf").line_item_id, line(before, "silk-market-tote").line_item_id]
        const bad: [string, Json, RegExp][] = [
          ["FCA on a retail order", { ...good, incoterm: "FCA", incoterm_place: "Phnom Penh" }, /retail/],
          ["an unknown Incoterm", { ...good, incoterm: "CIF" }, /incoterm/i],
          ["an empty place", { ...good, incoterm_place: "  " }, /place/i],
          ["a malformed VAT number", { ...good, consignee: { company_name: null, tax_ids: [{ type: "eu_vat", value: "DE12" }] } }, /VAT/],
          ["a UK VAT number on a German delivery", { ...good, consignee: { tax_ids: [{ type: "uk_vat", value: "GB123456789" }] } }, /does not apply/],
          ["a line of another order", { ...good, cartons: [{ ...good.cartons[0], contents: [{ line_item_id: "ordli_other", quantity: 1 }] }] }, /not a line/],
          ["more than was ordered", { ...good, cartons: [{ ...good.cartons[0], contents: [{ line_item_id: scarfLine, quantity: 3 }, { line_item_id: toteLine, quantity: 1 }] }] }, /order has 2/],
          ["a negative weight", { ...good, cartons: [{ ...good.cartons[0], gross_weight_kg: -1 }] }, /gross_weight_kg/],
          ["an unknown field", { ...good, carrier: "DHL" }, /carrier/],
        ]
        for (const [what, body, message] of bad) {
          const response = await fail(api.post(`/admin/orders/${orders.eu}/export`, body, admin)).catch((e) => ({ status: `${what}: ${e.message}`, data: {} }))
          expect([what, response.status]).toEqual([what, 400])
          expect([what, JSON.stringify(response.data)]).toEqual([what, expect.stringMatching(message)])
        }
        const after = await summary(orders.eu)
        expect(after.profile_saved).toBe(false)
        expect(after.profile).toEqual(before.profile)
        expect((await fail(api.post(`/admin/orders/order_missing/export`, good, admin))).status).toBe(404)
      })

      it("issue an EU invoice with every field, and no origin statement on the bag line", async () => {
        const { s, saved, issued } = await issuedEuOrder()
        expect(saved.profile_saved).toBe(true)
        expect(saved.ready).toBe(true)
        expect(issued.document.invoice_number).toMatch(new RegExp(`^CI-${year}-\\d{5}$`))
        expect(issued.document.packing_list_number).toBe(issued.document.invoice_number.replace("CI-", "PL-"))

        const { data: order } = await api.get(`/admin/orders/${orders.eu}?fields=display_id,created_at,*items,total,shipping_subtotal,tax_total,discount_subtotal`, admin)
        const text = await pdfText(`/admin/orders/${orders.eu}/export/documents/${issued.document.id}/commercial-invoice`, admin)
        expect(text).toContain("Commercial Invoice")
        expect(text).toContain(`Invoice no. ${issued.document.invoice_number}`)
        expect(text).toContain(`Date ${today}`)
        expect(text).toContain(`Order #${order.order.display_id}`)
        for (const field of ["AFESIP Fair Fashion", "Street 598", "Tax ID (TIN): K001-901234567", "REX: KHREX0123456789"]) expect(text).toContain(field)
        for (const field of ["Anna Schmidt", "Torstraße 12", "10119 Berlin", "+49 30 1234567", "anna@example.de"]) expect(text).toContain(field)
        expect(text).toContain("DDP Berlin, DE (Incoterms 2020)")
        expect(text).toMatch(/REASON FOR EXPORT .*Sale/)
        expect(text).toContain("EUR")
        expect(text).toContain("Ikat Silk Scarf")
        expect(text).toContain("Composition: 100% silk, woven")
        expect(text).toContain("6214.10")
        expect(text).toContain("4202.22")
        expect(text).toContain("2 PCS")
        expect(text).toContain("0.180 kg") // 2 × 90 g
        expect(text).toMatch(/Freight [\d,.]+ EUR/)
        expect(text).toContain("Insurance 4.50 EUR")
        expect(text).toContain("Discount 0.00 EUR")
        expect(text).toContain("page 1 of 1")
        expect(text).toMatch(/Tax collected at sale [\d,.]+ EUR/)
        expect(text).toMatch(/Invoice total [\d,.]+ EUR/)
        expect(text).toContain("1 carton")
        expect(text).toContain("Signature: Export Manager, Export manager")
        expect(text).toContain(`packing list ${issued.document.packing_list_number}`)
        // The invoice total is what the buyer paid plus the declared insurance.
        const total = Number(text.match(/Invoice total ([\d,.]+) EUR/)![1].replace(/,/g, ""))
        expect(total).toBeCloseTo(Number(order.order.total) + 4.5, 2)

        const tote = line(saved, "silk-market-tote")
        expect(tote.origin_statement).toBe(false)
        const scarfN = line(saved, "ikat-silk-scarf").n
        expect(text).toContain("Statement on origin")
        expect(text).toContain(`origin criterion met is "W" (items ${scarfN})`)
        expect(text).toContain("Not of preferential origin")
        // Under €6,000 the statement needs no REX number.
        expect(text).not.toContain("Number of Registered Exporter")

        const packing = await pdfText(`/admin/orders/${orders.eu}/export/documents/${issued.document.id}/packing-list`, admin)
        const carton = s.suggested_carton
        expect(packing).toContain("Packing List")
        expect(packing).toContain(`Packing list no. ${issued.document.packing_list_number}`)
        expect(packing).toContain(`Commercial invoice ${issued.document.invoice_number}`)
        expect(packing).toContain("CTN 1/1")
        expect(packing).toContain(`${carton.length_cm} × ${carton.width_cm} × ${carton.height_cm} cm`)
        expect(packing).toContain(((carton.length_cm * carton.width_cm * carton.height_cm) / 1e6).toFixed(4))
        expect(packing).toContain(`${carton.gross_weight_kg.toFixed(3)} kg`)
        expect(packing).toContain("0.520 kg") // net: 2 × 90 g + 340 g
        expect(packing).toContain("3 PCS")
      })

      it("put the facility's MID and manufacturer on a US invoice, and no origin statement", async () => {
        await given(["us"])
        const s = await summary(orders.us)
        const dress = line(s, "mekong-wrap-dress")
        const { data: mids } = await api.get("/admin/customs/mids", admin)
        const atelier = mids.facility_mids.find((m: Json) => m.code === "PNH-ATL")
        expect(atelier.mid).toMatch(/^KH[A-Z0-9]+$/)
        expect(dress.mid).toBe(atelier.mid)
        expect(dress.preference.eligible).toBe(false)
        await api.post(`/admin/orders/${orders.us}/export`, { ...profileOf(s), cartons: cartonsFrom(s) }, admin)
        const { data: issued } = await api.post(`/admin/orders/${orders.us}/export/documents`, {}, admin)
        const text = await pdfText(`/admin/orders/${orders.us}/export/documents/${issued.document.id}/commercial-invoice`, admin)
        expect(text).toContain(`MID ${atelier.mid}`)
        expect(text).toContain(`Manufacturer: ${atelier.customs_address.legal_name}`)
        expect(text).toContain("6204.49")
        expect(text).toContain("DAP Portland, US")
        expect(text).toContain("USD")
        expect(text).not.toContain("Statement on origin")
      })

      it("issue a wholesale FCA invoice with PO, consignee tax ID, insurance and two cartons; the UK statement covers every line", async () => {
        await given(["wholesale"])
        const s = await summary(orders.wholesale)
        const shawl = line(s, "hol-pattern-shawl").line_item_id
        const tote = line(s, "silk-market-tote").line_item_id
        const profile = {
          ...profileOf(s),
          incoterm: "FCA",
          incoterm_place: "Phnom Penh International Airport, KH",
          po_number: "PO-7781",
          insurance_amount: 12.5,
          cartons: [
            { length_cm: 60, width_cm: 40, height_cm: 40, gross_weight_kg: 3.4, contents: [{ line_item_id: shawl, quantity: 12 }] },
            { length_cm: 60, width_cm: 40, height_cm: 30, gross_weight_kg: 2.6, contents: [{ line_item_id: tote, quantity: 6 }] },
          ],
        }
        const saved = (await api.post(`/admin/orders/${orders.wholesale}/export`, profile, admin)).data
        expect(saved.ready).toBe(true)
        expect(saved.lines.every((l: Json) => l.preference.eligible && l.origin_statement)).toBe(true)
        const { data: issued } = await api.post(`/admin/orders/${orders.wholesale}/export/documents`, {}, admin)
        const text = await pdfText(`/admin/orders/${orders.wholesale}/export/documents/${issued.document.id}/commercial-invoice`, admin)
        for (const field of [
          "FCA Phnom Penh International Airport, KH (Incoterms 2020)",
          "PO-7781",
          "Fair Boutique Ltd",
          "UK VAT number: GB123456789",
          "GBP",
          "12 PCS",
          "6 PCS",
          "Insurance 12.50 GBP",
          "2 cartons, gross 6.000 kg",
          "UK Developing Countries Trading Scheme (items 1, 2)",
        ]) {
          expect([field, text.includes(field)]).toEqual([field, true])
        }
        const packing = await pdfText(`/admin/orders/${orders.wholesale}/export/documents/${issued.document.id}/packing-list`, admin)
        expect(packing).toContain("CTN 1/2")
        expect(packing).toContain("CTN 2/2")
        expect(packing).toContain("0.1680") // 60 × 40 × 40 + 60 × 40 × 30 cm = 0.096 + 0.072 m³
        expect(packing).toContain("6.000 kg")
        expect(packing).toContain("18 PCS")
      })

      it("number sets in sequence without reuse, void the replaced set and keep issued PDFs frozen", async () => {
        await issuedEuOrder()
        const { data: first } = await api.get(`/admin/orders/${orders.eu}/export/documents`, admin)
        const old = first.documents[0]
        const before = await pdfText(`/admin/orders/${orders.eu}/export/documents/${old.id}/commercial-invoice`, admin)
        await api.post("/admin/exporter", { ...EXPORTER, legal_name: "AFESIP Fair Fashion Co., Ltd." }, admin)

        const issued = await Promise.all([1, 2, 3].map(() => api.post(`/admin/orders/${orders.eu}/export/documents`, {}, admin)))
        const numbers = issued.map((r) => r.data.document.invoice_number as string).sort()
        const sequences = numbers.map((n) => Number(n.slice(-5)))
        expect(new Set(numbers).size).toBe(3)
        expect(sequences[1] - sequences[0]).toBe(1)
        expect(sequences[2] - sequences[1]).toBe(1)
        expect(sequences[0]).toBeGreaterThan(Number(old.invoice_number.slice(-5)))

        const { data: after } = await api.get(`/admin/orders/${orders.eu}/export/documents`, admin)
        expect(after.documents.filter((d: Json) => d.status === "issued")).toHaveLength(1)
        expect(after.documents.find((d: Json) => d.id === old.id)).toEqual(expect.objectContaining({ status: "void", void_reason: expect.stringMatching(/^Replaced by CI-/) }))
        const all = await getContainer().resolve<any>("customs").listExportDocuments({}, { select: ["invoice_number"] })
        expect(new Set(all.map((d: Json) => d.invoice_number)).size).toBe(all.length)

        // A voided set still prints, the same document stamped VOID.
        const reprint = await pdfText(`/admin/orders/${orders.eu}/export/documents/${old.id}/commercial-invoice`, admin)
        expect(reprint).toContain(`VOID since ${today} – Replaced by CI-`)
        const unstamped = (t: string) => t.replace(/VOID since \S+ – Replaced by CI-\d{4}-\d{5}/, " ").replace(/\s+/g, " ").trim()
        expect(unstamped(reprint)).toBe(unstamped(before))
        expect(reprint).not.toContain("Co., Ltd.")
        const current = after.documents.find((d: Json) => d.status === "issued")
        expect(await pdfText(`/admin/orders/${orders.eu}/export/documents/${current.id}/commercial-invoice`, admin)).toContain("AFESIP Fair Fashion Co., Ltd.")
        await api.post("/admin/exporter", EXPORTER, admin)
      })

      it("answer GET /store/duties by the same rule, and refuse bad queries with 400", async () => {
        const duties = async (q: string) => (await api.get(`/store/duties?${q}`, noAuth())).data.duties
        expect(await duties("country_code=DE&currency_code=EUR&goods_value=150")).toEqual({ outcome: "included", incoterm: "DDP", scheme: "EU IOSS" })
        expect(await duties("country_code=de&currency_code=eur&goods_value=150.01")).toEqual({ outcome: "due-on-delivery", incoterm: "DAP", scheme: null })
        expect(await duties("country_code=us&currency_code=usd&goods_value=10")).toEqual({ outcome: "due-on-delivery", incoterm: "DAP", scheme: null })
        for (const bad of ["country_code=DEU&currency_code=eur&goods_value=1", "country_code=de&currency_code=eur&goods_value=-1", "country_code=de&currency_code=eur", "country_code=de&currency_code=eur&goods_value=1&x=1"]) {
          expect([bad, (await fail(api.get(`/store/duties?${bad}`, noAuth()))).status]).toEqual([bad, 400])
        }
        expect((await fail(api.get("/store/duties?country_code=de&currency_code=eur&goods_value=1"))).status).toBe(400)
      })

      it("let only the signed-in owner download her commercial invoice", async () => {
        await issuedEuOrder()
        const { data: mine } = await api.get(`/store/orders/${orders.eu}/documents`, as(tokens.anna))
        const { data: admins } = await api.get(`/admin/orders/${orders.eu}/export/documents`, admin)
        const current = admins.documents.find((d: Json) => d.status === "issued")
        expect(mine.documents).toEqual([{ kind: "commercial-invoice", number: current.invoice_number, issued_at: expect.any(String) }])
        const text = await pdfText(`/store/orders/${orders.eu}/documents/commercial-invoice`, as(tokens.anna))
        expect(text).toContain(`Invoice no. ${current.invoice_number}`)

        for (const headers of [as(tokens.ben), noAuth()]) {
          expect((await fail(api.get(`/store/orders/${orders.eu}/documents`, headers))).status).toBe(404)
          expect((await fail(api.get(`/store/orders/${orders.eu}/documents/commercial-invoice`, headers))).status).toBe(404)
        }
        expect((await fail(api.get(`/store/orders/${orders.eu}/documents/packing-list`, as(tokens.anna)))).status).toBe(404)
        for (const id of ["order_missing", "not-an-order-id", "%00"]) {
          expect([id, (await fail(api.get(`/store/orders/${id}/documents`, as(tokens.anna)))).status]).toEqual([id, 404])
        }
        expect((await fail(api.get(`/admin/orders/order_missing/export/documents`, admin))).status).toBe(404)
        expect((await fail(api.get(`/admin/orders/%00/export`, admin))).status).toBe(404)
        expect((await fail(api.get(`/admin/orders/${orders.eu}/export/documents/${current.id}/constructor`, admin))).status).toBe(404)
        expect((await fail(api.get(`/admin/orders/${orders.eu}/export`, as(tokens.anna)))).status).toBe(401)
      })
    })
  },
})
