import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import unpublishExpiredMakers from "../../src/jobs/unpublish-expired-makers"
import { MAKER_MODULE, type MakerModuleService } from "../../src/modules/maker"
import { runSeed } from "../../src/scripts/seed/run"
import { products as seedProducts } from "../../src/scripts/seed/catalog"
import { makers as seedMakers } from "../../src/scripts/seed/makers"

jest.setTimeout(180 * 1000)

const ADMIN = { email: "safeguarding@afesip.test", password: "a-long-test-password" }
const MERCHANDISER = { email: "merchandiser@afesip.test", password: "another-long-password" }

/**
 * The exact keys each public object may carry. Written out here on purpose:
 * a new field reaches the store only if someone also changes this list.
 */
const KEYS = {
  facilityRef: ["handle", "name", "region_label"],
  image: ["alt", "url"],
  makerSummary: ["code", "display_name", "facility", "handle", "image", "role"],
  maker: ["code", "display_name", "facility", "handle", "image", "products", "role", "skills", "start_year", "story", "team"],
  makerTeam: ["handle", "name"],
  productRef: ["handle", "id", "thumbnail", "title"],
  facility: ["code", "handle", "image", "makes", "name", "region_label", "story"],
  facilityDetail: ["code", "handle", "image", "impact", "makers", "makes", "name", "region_label", "story", "teams"],
  team: ["code", "description", "facility", "handle", "name"],
  impact: [
    "average_monthly_wage_usd",
    "benchmark_label",
    "benchmark_monthly_wage_usd",
    "facility",
    "makers_employed",
    "period_end",
    "period_start",
    "pieces_made",
    "source",
    "training_hours",
  ],
  madeBy: ["cost_breakdown", "facility", "makers", "team"],
  costBreakdown: ["currency_code", "duties_estimate", "maker_wages", "materials", "note", "overhead", "total", "training_programme", "transport_estimate"],
  localized: ["en", "fr"],
}

type Json = Record<string, any>
const keysOf = (o: Json) => Object.keys(o).sort()

function expectMakerSummary(m: Json) {
  expect(keysOf(m)).toEqual(KEYS.makerSummary)
  expect(keysOf(m.facility)).toEqual(KEYS.facilityRef)
  expect(keysOf(m.role)).toEqual(KEYS.localized)
  if (m.image !== null) {
    expect(keysOf(m.image)).toEqual(KEYS.image)
    expect(keysOf(m.image.alt)).toEqual(KEYS.localized)
  }
}
function expectTeam(t: Json) {
  expect(keysOf(t)).toEqual(KEYS.team)
  expect(keysOf(t.facility)).toEqual(KEYS.facilityRef)
}
function expectImpact(i: Json) {
  expect(keysOf(i)).toEqual(KEYS.impact)
  expect(keysOf(i.facility)).toEqual(KEYS.facilityRef)
}

/** Every private value the seed holds: none may appear in any store response. */
const PRIVATE_VALUES = seedMakers.flatMap((m) => Object.values(m.identity)).filter((v) => v.length > 3)
function expectNoPrivateData(body: unknown) {
  const text = JSON.stringify(body)
  for (const value of PRIVATE_VALUES) expect(text).not.toContain(value)
  for (const key of ["legal_name", "village", "contact", "notes", "consents", "risk_assessment_ref", "identity", "is_published", "recorded_by"]) {
    expect(text).not.toContain(`"${key}"`)
  }
}

async function createAdminUser(container: MedusaContainer, user: { email: string; password: string }, roles: string[]) {
  const { result } = await createUsersWorkflow(container).run({
    input: { users: [{ email: user.email, metadata: roles.length ? { afesip_roles: roles } : {} }] },
  })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: user })
  await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: result[0].id } })
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let merchandiser: { headers: Record<string, string> }
    let makerService: MakerModuleService
    const makerId: Record<string, string> = {}
    const productId: Record<string, string> = {}

    const fail = (e: { response?: { status: number; data: Json } }) => {
      if (!e.response) throw e
      return e.response
    }
    const login = async (user: { email: string; password: string }) => {
      const { data } = await api.post("/auth/user/emailpass", user)
      return { headers: { authorization: `Bearer ${data.token}` } }
    }

    beforeAll(async () => {
      const container = getContainer()
      const { publishableKeys } = await runSeed(container, { backendUrl: "http://localhost:9000" })
      store = { headers: { "x-publishable-api-key": publishableKeys.webshop } }
      await createAdminUser(container, ADMIN, ["safeguarding"])
      await createAdminUser(container, MERCHANDISER, [])
      admin = await login(ADMIN)
      merchandiser = await login(MERCHANDISER)
      makerService = container.resolve(MAKER_MODULE)
      for (const m of await makerService.listMakers({}, { select: ["id", "handle"] })) makerId[m.handle] = m.id
      const productModule = container.resolve(Modules.PRODUCT)
      for (const p of await productModule.listProducts({}, { select: ["id", "handle"] })) productId[p.handle] = p.id
    })

    describe("store routes expose only published, consented fields", () => {
      it("lists exactly the makers whose name consent is valid and who are published, with the public key set", async () => {
        const { data } = await api.get("/store/makers", store)
        const handles = data.makers.map((m: Json) => m.handle).sort()
        // Lapsed (rachana), revoked (sokha), no consent (thida) and blocked (vanna) are absent.
        expect(handles).toEqual(["bopha", "chanthy", "dara", "kanha", "leakena", "malis", "sophea", "sreymom"])
        data.makers.forEach(expectMakerSummary)
        expectNoPrivateData(data)
      })

      it("returns a maker page with the public key set and hides fields she did not consent to", async () => {
        const { data } = await api.get("/store/makers/sophea", store)
        expect(keysOf(data.maker)).toEqual(KEYS.maker)
        expectMakerSummary(pick(data.maker, KEYS.makerSummary))
        expect(keysOf(data.maker.team)).toEqual(KEYS.makerTeam)
        expect(keysOf(data.maker.story)).toEqual(KEYS.localized)
        expect(data.maker.products.map((p: Json) => p.handle).sort()).toEqual(["hol-pattern-shawl", "ikat-silk-scarf"])
        data.maker.products.forEach((p: Json) => expect(keysOf(p)).toEqual(KEYS.productRef))
        expectNoPrivateData(data)

        // Malis consented to her name only: no story, no product credit, no picture.
        const { data: malis } = await api.get("/store/makers/malis", store)
        expect(malis.maker.story).toBeNull()
        expect(malis.maker.products).toEqual([])
        expect(malis.maker.image).toBeNull()
      })

      it("answers 404 with no data for unpublished, revoked, lapsed and unknown makers", async () => {
        for (const handle of ["rachana", "sokha", "thida", "vanna", "nobody"]) {
          const res = await api.get(`/store/makers/${handle}`, store).catch(fail)
          expect(res.status).toBe(404)
          expectNoPrivateData(res.data)
          expect(JSON.stringify(res.data)).not.toMatch(/Rachana|Sokha|Thida|Vanna/)
        }
        const { data } = await api.get("/store/makers?code=AFF-M10", store)
        expect(data.makers).toEqual([])
        const bad = await api.get("/store/makers?code=../etc", store).catch(fail)
        expect(bad.status).toBe(400)
      })

      it("returns facilities, teams and impact figures with their public key sets", async () => {
        const { data: list } = await api.get("/store/facilities", store)
        expect(list.facilities).toHaveLength(3)
        list.facilities.forEach((f: Json) => expect(keysOf(f)).toEqual(KEYS.facility))
        const { data } = await api.get("/store/facilities/tloc-chreau-silk-workshop", store)
        expect(keysOf(data.facility)).toEqual(KEYS.facilityDetail)
        data.facility.teams.forEach(expectTeam)
        data.facility.makers.forEach(expectMakerSummary)
        data.facility.impact.forEach(expectImpact)
        expect(data.facility.makers.map((m: Json) => m.handle).sort()).toEqual(["chanthy", "dara", "sophea"])
        const { data: impact } = await api.get("/store/impact", store)
        expect(impact.figures).toHaveLength(15)
        impact.figures.forEach(expectImpact)
        expectNoPrivateData([list, data, impact])
      })

      it("credits each product to consenting makers, else to its team, with the public key sets", async () => {
        for (const product of seedProducts) {
          const { data } = await api.get(`/store/products/${productId[product.handle]}/made-by`, store)
          expect(keysOf(data.made_by)).toEqual(KEYS.madeBy)
          data.made_by.makers.forEach(expectMakerSummary)
          expectTeam(data.made_by.team)
          expect(keysOf(data.made_by.facility)).toEqual(KEYS.facilityRef)
          if (data.made_by.cost_breakdown) expect(keysOf(data.made_by.cost_breakdown)).toEqual(KEYS.costBreakdown)
          expectNoPrivateData(data)
        }
        const scarf = (await api.get(`/store/products/${productId["ikat-silk-scarf"]}/made-by`, store)).data.made_by
        expect(scarf.makers.map((m: Json) => m.handle)).toEqual(["sophea"])
        expect(scarf.cost_breakdown.total).toBeCloseTo(9.5 + 14.2 + 3.1 + 6.4 + 2.6 + 3.8, 2)
        // Malis has no product-link consent, Sokha revoked hers, Rachana's lapsed: their products show the team only.
        for (const handle of ["silk-scrunchie-trio", "kampot-shirt-dress", "lotus-silk-shawl"]) {
          const { data } = await api.get(`/store/products/${productId[handle]}/made-by`, store)
          expect(data.made_by.makers).toEqual([])
          expect(data.made_by.team.handle).toEqual(expect.any(String))
          expect(data.made_by.cost_breakdown).toBeNull()
        }
      })

      it("resolves hang-tag codes to a public maker, else to her team, never to a hidden maker", async () => {
        const { data: sophea } = await api.get("/store/tags/AFF-M01", store)
        expect(sophea.tag.kind).toBe("maker")
        expectMakerSummary(sophea.tag.maker)
        // Sokha revoked her consent: her tag leads to her team, and the answer never names her.
        const { data: sokha } = await api.get("/store/tags/aff-m10", store)
        expect(sokha.tag.kind).toBe("team")
        expect(keysOf(sokha.tag)).toEqual(["kind", "team"])
        expectTeam(sokha.tag.team)
        expect(JSON.stringify(sokha)).not.toContain("Sokha")
        expectNoPrivateData(sokha)
        const { data: team } = await api.get("/store/tags/AFF-T02", store)
        expect(team.tag.team.handle).toBe("phnom-penh-atelier-team")
        expect((await api.get("/store/tags/AFF-Q99", store).catch(fail)).status).toBe(404)
        expect((await api.get("/store/tags/not-a-code", store).catch(fail)).status).toBe(400)
      })

      it("never returns linked maker data through product field expansions", async () => {
        const expansions = ["*makers", "+makers.display_name", "*makers.consents", "*team", "*team.makers", "*cost_breakdown", "makers.*"]
        for (const fields of expansions) {
          const res = await api.get(`/store/products?limit=50&fields=${encodeURIComponent(fields)}`, store).catch(fail)
          if (res.status === 200) {
            for (const p of res.data.products) {
              expect(Object.keys(p)).not.toEqual(expect.arrayContaining(["makers"]))
              expect(p.team).toBeUndefined()
              expect(p.cost_breakdown).toBeUndefined()
            }
          } else {
            expect(res.status).toBe(400)
          }
          expectNoPrivateData(res.data)
          const one = await api.get(`/store/products/${productId["ikat-silk-scarf"]}?fields=${encodeURIComponent(fields)}`, store).catch(fail)
          expect(one.data.product?.makers).toBeUndefined()
          expectNoPrivateData(one.data)
        }
      })
    })

    describe("publishing and consent", () => {
      it("refuses to publish without valid consent, with a clear 400, and changes nothing", async () => {
        const res = await api.post(`/admin/makers/${makerId.thida}/publish`, {}, admin).catch(fail)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/no valid consent/i)
        const vanna = await api.post(`/admin/makers/${makerId.vanna}/publish`, {}, admin).catch(fail)
        expect(vanna.status).toBe(400)
        expect(vanna.data.message).toMatch(/risk assessment/i)
        const [thida, vannaRow] = await makerService.listMakers({ id: [makerId.thida, makerId.vanna] })
        expect([thida.is_published, vannaRow.is_published]).toEqual([false, false])
        const audit = await makerService.listAuditEntries({ maker_id: [makerId.thida, makerId.vanna], action: "published" })
        expect(audit).toEqual([])
      })

      it("rejects a consent that expires more than three years after signing, and bad consent input, creating nothing", async () => {
        const before = await makerService.listConsentRecords({ maker_id: makerId.thida })
        const signed = new Date(Date.now() - 24 * 3600 * 1000)
        const tooLong = new Date(signed)
        tooLong.setUTCFullYear(tooLong.getUTCFullYear() + 3)
        tooLong.setUTCDate(tooLong.getUTCDate() + 1)
        const cases = [
          { scopes: ["name"], signed_at: signed.toISOString(), expires_at: tooLong.toISOString() },
          { scopes: ["name"], signed_at: signed.toISOString(), expires_at: new Date(signed.getTime() - 1000).toISOString() },
          { scopes: ["name", "fame"], signed_at: signed.toISOString(), expires_at: new Date().toISOString() },
          { scopes: [], signed_at: signed.toISOString(), expires_at: new Date().toISOString() },
          { scopes: ["story"], signed_at: signed.toISOString(), expires_at: new Date(Date.now() + 1e9).toISOString() },
          { scopes: ["name"], signed_at: "not a date", expires_at: new Date().toISOString() },
        ]
        for (const body of cases) {
          const res = await api.post(`/admin/makers/${makerId.thida}/consents`, body, admin).catch(fail)
          expect(res.status).toBe(400)
          expect(res.data.message).toEqual(expect.any(String))
        }
        const tooLongRes = await api.post(`/admin/makers/${makerId.thida}/consents`, cases[0], admin).catch(fail)
        expect(tooLongRes.data.message).toMatch(/at most 3 years/)
        expect(await makerService.listConsentRecords({ maker_id: makerId.thida })).toHaveLength(before.length)
      })

      it("revocation unpublishes at once: gone from her page, the index and the product page, audited, storefront told", async () => {
        const hits: Json[] = []
        const server: Server = createServer((req, res) => {
          let body = ""
          req.on("data", (c) => (body += c))
          req.on("end", () => {
            hits.push({ secret: req.headers["x-revalidate-secret"], path: req.url, body: JSON.parse(body || "{}") })
            res.writeHead(200, { "content-type": "application/json" }).end("{}")
          })
        })
        await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
        process.env.STOREFRONT_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
        process.env.REVALIDATE_SECRET = "test-revalidate-secret-of-enough-length"
        try {
          const { data: before } = await api.get(`/admin/makers/${makerId.sreymom}`, admin)
          const consent = before.maker.consents[0]
          expect((await api.get("/store/makers/sreymom", store)).status).toBe(200)

          const res = await api.post(`/admin/makers/${makerId.sreymom}/consents/${consent.id}/revoke`, { reason: "She asked us to." }, admin)
          expect(res.data.unpublished).toBe(true)

          expect((await api.get("/store/makers/sreymom", store).catch(fail)).status).toBe(404)
          const { data: list } = await api.get("/store/makers", store)
          expect(list.makers.map((m: Json) => m.handle)).not.toContain("sreymom")
          const { data: dress } = await api.get(`/store/products/${productId["mekong-wrap-dress"]}/made-by`, store)
          expect(dress.made_by.makers).toEqual([])
          const audit = await makerService.listAuditEntries({ maker_id: makerId.sreymom })
          expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["consent_revoked", "unpublished"]))

          // Revoking twice is refused and changes nothing.
          const again = await api.post(`/admin/makers/${makerId.sreymom}/consents/${consent.id}/revoke`, {}, admin).catch(fail)
          expect(again.status).toBe(400)

          for (let i = 0; i < 50 && !hits.some((h) => h.body.tags?.includes("makers")); i++) await new Promise((r) => setTimeout(r, 100))
          expect(hits).toContainEqual({ secret: process.env.REVALIDATE_SECRET, path: "/api/revalidate", body: { tags: ["makers"] } })
        } finally {
          delete process.env.STOREFRONT_URL
          delete process.env.REVALIDATE_SECRET
          server.close()
        }
      })

      it("the expiry job unpublishes makers whose consent lapsed; the store hid them already", async () => {
        expect((await api.get("/store/makers/rachana", store).catch(fail)).status).toBe(404)
        expect((await makerService.retrieveMaker(makerId.rachana)).is_published).toBe(true)
        await unpublishExpiredMakers(getContainer())
        expect((await makerService.retrieveMaker(makerId.rachana)).is_published).toBe(false)
        const audit = await makerService.listAuditEntries({ maker_id: makerId.rachana, action: "consent_expired" })
        expect(audit).toHaveLength(1)
        // Makers with valid consent stay published.
        expect((await makerService.retrieveMaker(makerId.sophea)).is_published).toBe(true)
      })

      it("a valid consent lets staff publish; an edited story stays hidden until she reviews it", async () => {
        const signed = new Date(Date.now() - 3600 * 1000)
        const expires = new Date(signed)
        expires.setUTCFullYear(expires.getUTCFullYear() + 2)
        const { data } = await api.post(
          `/admin/makers/${makerId.thida}/consents`,
          { scopes: ["name", "story"], signed_at: signed.toISOString(), expires_at: expires.toISOString(), maker_reviewed_at: signed.toISOString() },
          admin
        )
        await api.post(`/admin/makers/${makerId.thida}`, { story: { en: "Thida is learning to sew silk blouses.", fr: "Thida apprend à coudre des blouses en soie." } }, admin)
        // A partial edit changes only what it sends.
        const { data: edited } = await api.get(`/admin/makers/${makerId.thida}`, admin)
        const seedThida = seedMakers.find((m) => m.handle === "thida")!
        expect(edited.maker.photo_mode).toBe(seedThida.photo_mode)
        expect(edited.maker.skills).toHaveLength(seedThida.skills.length)
        expect(edited.maker.name_display).toBe(seedThida.name_display)
        const legal = await api.post(`/admin/makers/${makerId.thida}`, { display_name: seedThida.identity.legal_name }, admin).catch(fail)
        expect(legal.status).toBe(400)
        expect((await makerService.retrieveMaker(makerId.thida)).display_name).toBe(seedThida.display_name)
        // The new text was written after her review: publishing is refused until she reviews it.
        const refused = await api.post(`/admin/makers/${makerId.thida}/publish`, {}, admin).catch(fail)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/reviewed/)
        await api.post(`/admin/makers/${makerId.thida}/consents/${data.consent.id}/review`, {}, admin)
        expect(await makerService.listAuditEntries({ maker_id: makerId.thida, action: "story_reviewed" })).toHaveLength(1)
        await api.post(`/admin/makers/${makerId.thida}/publish`, {}, admin)
        const { data: page } = await api.get("/store/makers/thida", store)
        expect(page.maker.story.en).toBe("Thida is learning to sew silk blouses.")
        const { data: preview } = await api.get(`/admin/makers/${makerId.thida}/preview`, admin)
        expect(preview).toEqual({ maker: page.maker, is_public: true })
      })
    })

    describe("private identity", () => {
      it("is readable only by safeguarding staff", async () => {
        const { data } = await api.get(`/admin/makers/${makerId.sophea}/identity`, admin)
        expect(data.identity.legal_name).toBe(seedMakers.find((m) => m.handle === "sophea")!.identity.legal_name)
        const denied = await api.get(`/admin/makers/${makerId.sophea}/identity`, merchandiser).catch(fail)
        expect(denied.status).toBe(403)
        expectNoPrivateData(denied.data)
        const anonymous = await api.get(`/admin/makers/${makerId.sophea}/identity`).catch(fail)
        expect(anonymous.status).toBe(401)
        const update = await api.post(`/admin/makers/${makerId.sophea}/identity`, { legal_name: "Changed" }, merchandiser).catch(fail)
        expect(update.status).toBe(403)
        // She cannot grant herself the role through Medusa's own user routes.
        const { data: me } = await api.get("/admin/users/me", merchandiser)
        const selfGrant = await api
          .post(`/admin/users/${me.user.id}`, { metadata: { afesip_roles: ["safeguarding"] } }, merchandiser)
          .catch(fail)
        expect(selfGrant.status).toBe(403)
        const viaRoute = await api.post(`/admin/staff-roles/${me.user.id}`, { roles: ["safeguarding"] }, merchandiser).catch(fail)
        expect(viaRoute.status).toBe(403)
        expect((await api.get(`/admin/makers/${makerId.sophea}/identity`, merchandiser).catch(fail)).status).toBe(403)
        // The general Admin maker view carries no identity either.
        const { data: view } = await api.get(`/admin/makers/${makerId.sophea}`, merchandiser)
        expect(JSON.stringify(view)).not.toContain(seedMakers.find((m) => m.handle === "sophea")!.identity.legal_name)
      })

      it("rejects bad maker input with 400 and creates nothing", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const count = async () => (await query.graph({ entity: "maker", fields: ["id"] })).data.length
        const before = await count()
        const facility = (await makerService.listFacilities({}))[0]
        const valid = {
          handle: "new-maker",
          code: "AFF-M99",
          display_name: "Neary",
          role: { en: "Seamstress", fr: "Couturière" },
          facility_id: facility.id,
          identity: { legal_name: "Test Person Legal" },
        }
        const bad = [
          { ...valid, identity: undefined },
          { ...valid, display_name: "Test Person Legal" },
          { ...valid, code: "M99" },
          { ...valid, handle: "Not A Handle" },
          { ...valid, start_year: 1990 },
          { ...valid, is_published: true },
          { ...valid, code: "AFF-M01" },
        ]
        for (const body of bad) {
          const res = await api.post("/admin/makers", body, admin).catch(fail)
          expect([400, 422]).toContain(res.status)
          expect(res.data.message).toEqual(expect.any(String))
        }
        expect(await count()).toBe(before)
        const ok = await api.post("/admin/makers", valid, admin)
        expect(ok.status).toBe(201)
        expect(ok.data.maker.is_published).toBe(false)
        expect(await count()).toBe(before + 1)
      })
    })
  },
})

function pick(o: Json, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, o[k]]))
}
