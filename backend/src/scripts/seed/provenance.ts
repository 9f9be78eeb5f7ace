import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import {
  createMakerWorkflow,
  publishMakerWorkflow,
  recordConsentWorkflow,
  revokeConsentWorkflow,
} from "../../workflows/makers"
import {
  setProductMakersWorkflow,
  upsertCostBreakdownWorkflow,
  upsertFacilityWorkflow,
  upsertImpactFigureWorkflow,
  upsertTeamWorkflow,
} from "../../workflows/provenance"
import { madeAtByHandle, products } from "./catalog"
import { facilities } from "./facilities"
import { IMPACT_SOURCE, benchmarkLabel, costBreakdowns, facilityProfiles, impactFigures, makers, teams } from "./makers"

const SEED_ACTOR = "seed"
const DAY = 24 * 3600 * 1000

/** Alt text describes the drawing (tools and work), never a person. */
const ILLUSTRATION_ALT = {
  "TLC-SLK": { en: "Illustration of a wooden loom weaving a band of diamond ikat silk", fr: "Illustration d'un métier en bois tissant une bande de soie ikat à losanges" },
  "PNH-ATL": { en: "Illustration of a silk panel with a stitched seam, a thread spool and a needle", fr: "Illustration d'un panneau de soie avec une couture, une bobine de fil et une aiguille" },
  "PNH-EXP": { en: "Illustration of a stack of folded garments with a hang-tag", fr: "Illustration d'une pile de vêtements pliés avec une étiquette" },
} as const

/**
 * Facility profiles, teams, makers with their consents, product credits,
 * impact figures and cost breakdowns. Makers go through the same workflows
 * staff use, so a seeded maker is published only when her consent allows it.
 */
export async function seedProvenance(container: MedusaContainer, options: { backendUrl: string; now?: Date }) {
  const service = container.resolve(MAKER_MODULE) as MakerModuleService
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const productModule = container.resolve(Modules.PRODUCT)
  const now = options.now ?? new Date()
  const at = (days: number) => new Date(now.getTime() + days * DAY)
  const image = (folder: string, handle: string) => `${options.backendUrl}/static/${folder}/${handle}.webp`
  const created = { facilities: 0, teams: 0, makers: 0, impact: 0, costs: 0 }

  // Facility profiles, each linked to its stock location.
  const facilityIds: Record<string, string> = {}
  for (const profile of facilityProfiles) {
    const [existing] = await service.listFacilities({ code: profile.code })
    if (existing) {
      facilityIds[profile.code] = existing.id
      continue
    }
    const location = facilities.find((f) => f.code === profile.code)!
    const { result } = await upsertFacilityWorkflow(container).run({
      input: {
        data: {
          code: profile.code,
          handle: profile.handle,
          name: location.name,
          region_label: profile.region_label,
          story: profile.story,
          makes: profile.makes,
          image_url: image("facilities", profile.handle),
          image_alt: ILLUSTRATION_ALT[profile.code],
          customs_address: { legal_name: profile.customs_legal_name, ...location.address, country_code: "kh" },
        },
      },
    })
    facilityIds[profile.code] = result.id
    const [stockLocation] = await stockLocations.listStockLocations({ name: location.name })
    if (stockLocation) {
      await link.create({ [MAKER_MODULE]: { facility_id: result.id }, [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id } })
    }
    created.facilities += 1
  }

  const teamIds: Record<string, string> = {}
  for (const team of teams) {
    const [existing] = await service.listTeams({ code: team.code })
    if (existing) {
      teamIds[team.code] = existing.id
      continue
    }
    const { result } = await upsertTeamWorkflow(container).run({
      input: { data: { code: team.code, handle: team.handle, name: team.name, description: team.description, facility_id: facilityIds[team.facility] } },
    })
    teamIds[team.code] = result.id
    created.teams += 1
  }

  const makerIds: Record<string, string> = {}
  for (const seed of makers) {
    const [existing] = await service.listMakers({ code: seed.code })
    if (existing) {
      makerIds[seed.code] = existing.id
      continue
    }
    const firstSigned = Math.min(0, ...seed.consents.map((c) => c.signed_days))
    const { result: maker } = await createMakerWorkflow(container).run({
      input: {
        actor: SEED_ACTOR,
        identity: seed.identity,
        profile: {
          code: seed.code,
          handle: seed.handle,
          display_name: seed.display_name,
          name_display: seed.name_display,
          role: seed.role,
          skills: seed.skills,
          start_year: seed.start_year,
          story: seed.story,
          photo_mode: seed.photo_mode,
          facility_id: facilityIds[seed.facility],
          team_id: teamIds[seed.team],
          story_written_at: at(firstSigned - 1),
        },
      },
    })
    makerIds[seed.code] = maker.id
    created.makers += 1

    const consentIds: string[] = []
    for (const c of seed.consents) {
      const { result: consent } = await recordConsentWorkflow(container).run({
        input: {
          maker_id: maker.id,
          actor: SEED_ACTOR,
          consent: {
            scopes: c.scopes,
            signed_at: at(c.signed_days),
            expires_at: at(c.expires_days),
            maker_reviewed_at: c.reviewed_days === undefined ? null : at(c.reviewed_days),
            risk_assessment_ref: c.risk_assessment_ref ?? null,
          },
        },
      })
      consentIds.push(consent.id)
    }

    if (seed.photo_mode !== "none") {
      // The seed has illustrations only; staff add consented photos in the Admin.
      await service.createMediaAssets({
        maker_id: maker.id,
        url: image("makers", seed.handle),
        kind: "illustration",
        identifiability: "none",
        alt: ILLUSTRATION_ALT[seed.facility],
        consent_id: null,
      } as any)
    }

    const lapsed = seed.consents.some((c) => c.expires_days <= 0)
    if (seed.published && !lapsed) {
      await publishMakerWorkflow(container).run({ input: { id: maker.id, actor: SEED_ACTOR } })
    } else if (seed.published && lapsed) {
      // Imported as it stood before her consent lapsed; the expiry job unpublishes her.
      await service.updateMakers({ id: maker.id, is_published: true, published_at: at(-400) })
    }
    for (const [i, c] of seed.consents.entries()) {
      if (c.revocation_reason) {
        await revokeConsentWorkflow(container).run({
          input: { maker_id: maker.id, consent_id: consentIds[i], reason: c.revocation_reason, actor: SEED_ACTOR },
        })
      }
    }
  }

  // Product credits: every product to its facility's team, plus consenting makers.
  const teamByFacility = Object.fromEntries(teams.map((t) => [t.facility, teamIds[t.code]]))
  const seededProducts = await productModule.listProducts({ handle: products.map((p) => p.handle) }, { select: ["id", "handle"] })
  const productIds = Object.fromEntries(seededProducts.map((p) => [p.handle, p.id]))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: linked } = await query.graph({
    entity: "product",
    fields: ["id", "team.id", "cost_breakdown.id"],
    filters: { id: Object.values(productIds) },
  })
  const linkedById = new Map(linked.map((p: any) => [p.id, p]))
  for (const product of products) {
    const id = productIds[product.handle]
    if (!id) continue
    const current: any = linkedById.get(id)
    if (!current?.team) {
      const makerCodes = makers.filter((m) => m.products.includes(product.handle)).map((m) => makerIds[m.code])
      await setProductMakersWorkflow(container).run({
        input: { product_id: id, maker_ids: makerCodes, team_id: teamByFacility[madeAtByHandle[product.handle]] },
      })
    }
    const cost = costBreakdowns[product.handle]
    if (cost && !current?.cost_breakdown) {
      await upsertCostBreakdownWorkflow(container).run({ input: { product_id: id, existing_id: null, data: cost } })
      created.costs += 1
    }
  }

  const existingImpact = await service.listImpactFigures({}, { select: ["facility_id", "period_start"] })
  const seen = new Set(existingImpact.map((i) => `${i.facility_id}|${new Date(i.period_start).toISOString().slice(0, 10)}`))
  for (const figure of impactFigures) {
    const facilityId = facilityIds[figure.facility]
    if (seen.has(`${facilityId}|${figure.period_start}`)) continue
    const { facility, ...values } = figure
    await upsertImpactFigureWorkflow(container).run({
      input: {
        data: {
          ...values,
          facility_id: facilityId,
          period_start: new Date(`${figure.period_start}T00:00:00Z`),
          period_end: new Date(`${figure.period_end}T23:59:59Z`),
          benchmark_label: benchmarkLabel(figure.period_start.slice(0, 4)),
          source: IMPACT_SOURCE,
          entered_by: SEED_ACTOR,
        },
      },
    })
    created.impact += 1
  }
  return created
}
