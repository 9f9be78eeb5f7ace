import { photoNeedsConsent, publicPermissions, type ConsentLike, type MakerLike } from "./consent"

/**
 * The only way maker data leaves the backend through a store route. Each
 * builder copies named fields into a new object, so a field added to a model
 * later stays private until someone adds it here on purpose. The key lists are
 * asserted by the integration tests.
 */

export type Localized = { en: string; fr: string }
type Row = Record<string, any>

export const PUBLIC_KEYS = {
  facilityRef: ["handle", "name", "region_label"],
  facility: ["handle", "name", "region_label", "code", "story", "makes", "image"],
  facilityDetail: ["handle", "name", "region_label", "code", "story", "makes", "image", "teams", "makers", "impact"],
  makerSummary: ["handle", "code", "display_name", "role", "facility", "image"],
  maker: ["handle", "code", "display_name", "role", "facility", "image", "skills", "start_year", "story", "team", "products"],
  team: ["handle", "code", "name", "description", "facility"],
  impact: [
    "facility",
    "period_start",
    "period_end",
    "makers_employed",
    "pieces_made",
    "training_hours",
    "average_monthly_wage_usd",
    "benchmark_monthly_wage_usd",
    "benchmark_label",
    "source",
  ],
  costBreakdown: [
    "currency_code",
    "materials",
    "maker_wages",
    "training_programme",
    "overhead",
    "duties_estimate",
    "transport_estimate",
    "total",
    "note",
  ],
  madeBy: ["makers", "team", "facility", "cost_breakdown"],
  image: ["url", "alt"],
  product: ["id", "handle", "title", "thumbnail"],
} as const

export const localized = (value: unknown): Localized => {
  const v = (value ?? {}) as Partial<Localized>
  return { en: typeof v.en === "string" ? v.en : "", fr: typeof v.fr === "string" ? v.fr : typeof v.en === "string" ? v.en : "" }
}

export const toFacilityRef = (f: Row) => ({ handle: f.handle, name: f.name, region_label: f.region_label })

export const toImage = (url: string | null | undefined, alt: unknown) => (url ? { url, alt: localized(alt) } : null)

export const toFacility = (f: Row) => ({
  ...toFacilityRef(f),
  code: f.code,
  story: localized(f.story),
  makes: localized(f.makes),
  image: toImage(f.image_url, f.image_alt),
})

export const toTeam = (t: Row, facility: Row) => ({
  handle: t.handle,
  code: t.code,
  name: localized(t.name),
  description: localized(t.description),
  facility: toFacilityRef(facility),
})

/** The maker fields the current consents allow, or null when she must not appear at all. */
export function makerPermissions(maker: Row, now = new Date()) {
  const consents = (maker.consents ?? []) as ConsentLike[]
  return publicPermissions(maker as MakerLike, consents, now)
}

/** Whether a store route may show this maker: published and her name consent holds now. */
export const isMakerPublic = (maker: Row, now = new Date()) => !!maker.is_published && makerPermissions(maker, now).name

/** Picks the image she consented to; illustrations need no photo consent. */
function makerImage(maker: Row, consented: boolean) {
  // Her chosen photo mode is a ceiling: with "illustration" no photo of her is shown, whatever she consented to.
  const allowPhoto = consented && photoNeedsConsent(maker.photo_mode)
  const media = ((maker.media ?? []) as Row[]).filter((m) =>
    m.kind === "illustration" || m.kind === "workshop" ? m.identifiability === "none" : allowPhoto && (m.identifiability !== "high" || maker.photo_mode === "identifiable")
  )
  const preferred = media.find((m) => m.kind !== "illustration") ?? media[0]
  return preferred ? toImage(preferred.url, preferred.alt) : null
}

export function toMakerSummary(maker: Row, now = new Date()) {
  const allowed = makerPermissions(maker, now)
  return {
    handle: maker.handle,
    code: maker.code,
    display_name: maker.display_name,
    role: localized(maker.role),
    facility: toFacilityRef(maker.facility),
    image: maker.photo_mode === "none" ? null : makerImage(maker, allowed.photo),
  }
}

export function toMaker(maker: Row, products: Row[], now = new Date()) {
  const allowed = makerPermissions(maker, now)
  return {
    ...toMakerSummary(maker, now),
    skills: ((maker.skills ?? []) as unknown[]).map(localized),
    start_year: typeof maker.start_year === "number" ? maker.start_year : null,
    story: allowed.story ? localized(maker.story) : null,
    team: maker.team ? { handle: maker.team.handle, name: localized(maker.team.name) } : null,
    products: allowed.product_link ? products.map(toProductRef) : [],
  }
}

export const toProductRef = (p: Row) => ({ id: p.id, handle: p.handle, title: p.title, thumbnail: p.thumbnail ?? null })

export function toImpactFigure(i: Row) {
  return {
    facility: toFacilityRef(i.facility),
    period_start: new Date(i.period_start).toISOString().slice(0, 10),
    period_end: new Date(i.period_end).toISOString().slice(0, 10),
    makers_employed: i.makers_employed,
    pieces_made: i.pieces_made,
    training_hours: i.training_hours,
    average_monthly_wage_usd: i.average_monthly_wage_usd,
    benchmark_monthly_wage_usd: i.benchmark_monthly_wage_usd,
    benchmark_label: i.benchmark_label,
    source: i.source,
  }
}

const COST_COMPONENTS = ["materials", "maker_wages", "training_programme", "overhead", "duties_estimate", "transport_estimate"] as const

/** A cost breakdown is shown only when at least one component is filled in. */
export function toCostBreakdown(c: Row | null | undefined) {
  if (!c) return null
  const amounts = COST_COMPONENTS.map((k) => (typeof c[k] === "number" ? (c[k] as number) : null))
  if (amounts.every((a) => a === null)) return null
  const [materials, maker_wages, training_programme, overhead, duties_estimate, transport_estimate] = amounts
  const total = Math.round(amounts.reduce<number>((sum, a) => sum + (a ?? 0), 0) * 100) / 100
  return {
    currency_code: "usd" as const,
    materials,
    maker_wages,
    training_programme,
    overhead,
    duties_estimate,
    transport_estimate,
    total,
    note: c.note ? localized(c.note) : null,
  }
}
