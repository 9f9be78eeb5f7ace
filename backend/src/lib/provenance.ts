import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  PUBLIC_KEYS,
  isMakerPublic,
  makerPermissions,
  toCostBreakdown,
  toFacility,
  toFacilityRef,
  toImpactFigure,
  toMaker,
  toMakerSummary,
  toTeam,
} from "../modules/maker/public-view"

/**
 * Reads for the maker, facility and impact routes. Everything a store route
 * returns goes through the builders in public-view.ts.
 */

type Row = Record<string, any>
type Scope = { resolve: MedusaContainer["resolve"] }

export const MAKER_FIELDS = [
  "id",
  "handle",
  "code",
  "display_name",
  "name_display",
  "role",
  "skills",
  "start_year",
  "story",
  "story_updated_at",
  "photo_mode",
  "is_published",
  "published_at",
  "facility.*",
  "team.*",
  "consents.*",
  "media.*",
]

/** `locale` (e.g. fr-FR) lets Medusa's translation module translate linked products' text. */
const graph = async (scope: Scope, entity: string, fields: string[], filters: Row = {}, locale?: string) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters }, locale ? { locale } : undefined)
  return data as Row[]
}

const byName = (a: Row, b: Row) => String(a.display_name).localeCompare(String(b.display_name))
const publishedProducts = (rows: Row[] | undefined) =>
  (rows ?? []).filter((p) => p && p.status === "published").sort((a, b) => String(a.title).localeCompare(String(b.title)))

export async function listPublicMakers(scope: Scope, filters: { code?: string; facility_id?: string } = {}) {
  const rows = await graph(scope, "maker", MAKER_FIELDS, { is_published: true, ...filters })
  const now = new Date()
  return rows.filter((m) => isMakerPublic(m, now)).sort(byName).map((m) => toMakerSummary(m, now))
}

/** The public profile, or null when she must not be shown. `ignorePublished` is for the Admin preview. */
export async function getPublicMaker(scope: Scope, filters: Row, options: { ignorePublished?: boolean; locale?: string } = {}) {
  const [maker] = await graph(
    scope,
    "maker",
    [...MAKER_FIELDS, "products.id", "products.handle", "products.title", "products.thumbnail", "products.status"],
    filters,
    options.locale
  )
  if (!maker) return null
  const now = new Date()
  const visible = options.ignorePublished ? makerPermissions(maker, now).name : isMakerPublic(maker, now)
  return visible ? toMaker(maker, publishedProducts(maker.products), now) : null
}

const FACILITY_FIELDS = ["id", "code", "handle", "name", "region_label", "story", "makes", "image_url", "image_alt"]
const IMPACT_FIELDS = ["id", ...PUBLIC_KEYS.impact.filter((k) => k !== "facility"), "facility.*"]

const byPeriodThenFacility = (a: Row, b: Row) =>
  new Date(a.period_start).getTime() - new Date(b.period_start).getTime() || String(a.facility?.name).localeCompare(String(b.facility?.name))

export async function listPublicFacilities(scope: Scope) {
  const rows = await graph(scope, "facility", FACILITY_FIELDS)
  return rows.sort((a, b) => String(a.name).localeCompare(String(b.name))).map(toFacility)
}

export async function getPublicFacility(scope: Scope, handle: string) {
  const [facility] = await graph(scope, "facility", [...FACILITY_FIELDS, "teams.*"], { handle })
  if (!facility) return null
  const [makers, impact] = await Promise.all([
    listPublicMakers(scope, { facility_id: facility.id }),
    graph(scope, "impact_figure", IMPACT_FIELDS, { facility_id: facility.id }),
  ])
  return {
    ...toFacility(facility),
    teams: ((facility.teams ?? []) as Row[]).map((t) => toTeam(t, facility)),
    makers,
    impact: impact.sort(byPeriodThenFacility).map(toImpactFigure),
  }
}

export async function listPublicImpact(scope: Scope) {
  const rows = await graph(scope, "impact_figure", IMPACT_FIELDS)
  return rows.sort(byPeriodThenFacility).map(toImpactFigure)
}

/**
 * Who made a product, as far as consent allows: makers who consented to a
 * product link, else the product's team, and the facility either way.
 */
export async function getMadeBy(scope: Scope, productId: string) {
  const [product] = await graph(
    scope,
    "product",
    [
      "id",
      "status",
      ...MAKER_FIELDS.map((f) => `makers.${f}`),
      "team.*",
      "team.facility.*",
      "cost_breakdown.*",
    ],
    { id: productId }
  )
  if (!product || product.status !== "published") return null
  const now = new Date()
  const makers = ((product.makers ?? []) as Row[])
    .filter((m) => m && isMakerPublic(m, now) && makerPermissions(m, now).product_link)
    .sort(byName)
  const team = product.team && product.team.facility ? toTeam(product.team, product.team.facility) : null
  const facilityRow = product.team?.facility ?? makers[0]?.facility ?? null
  return {
    makers: makers.map((m) => toMakerSummary(m, now)),
    team,
    facility: facilityRow ? toFacilityRef(facilityRow) : null,
    cost_breakdown: toCostBreakdown(product.cost_breakdown),
  }
}

/** A hang-tag code → the maker (if public now) or the team behind it. */
export async function resolveHangTag(scope: Scope, code: string) {
  const [maker] = await graph(scope, "maker", [...MAKER_FIELDS, "team.facility.*"], { code })
  const now = new Date()
  if (maker && isMakerPublic(maker, now)) return { kind: "maker" as const, maker: toMakerSummary(maker, now) }
  const [team] = maker?.team
    ? [{ ...maker.team, facility: maker.team.facility }]
    : await graph(scope, "team", ["*", "facility.*"], { code })
  if (team?.facility) return { kind: "team" as const, team: toTeam(team, team.facility) }
  return null
}
