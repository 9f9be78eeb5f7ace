import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { buildMid } from "../../src/lib/customs"
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
  },
})
