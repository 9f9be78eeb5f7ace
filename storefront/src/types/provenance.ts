/**
 * Store API shapes of makers, facilities, impact figures and "made by"
 * (docs/makers-and-consent.md). The backend decides from each maker's valid
 * consents what is returned; the storefront shows exactly that and nothing more.
 */

export type Localized = { en: string; fr: string }

/** `alt` describes the work, never the person. */
export type ProvenanceImage = { url: string; alt: Localized }

export type FacilityRef = { handle: string; name: string; region_label: string }

export type MakerSummary = {
  handle: string
  code: string
  display_name: string
  role: Localized
  facility: FacilityRef
  image: ProvenanceImage | null
}

export type MakerProduct = { id: string; handle: string; title: string; thumbnail: string | null }

export type Maker = MakerSummary & {
  skills: Localized[]
  start_year: number | null
  story: Localized | null
  team: { handle: string; name: Localized } | null
  products: MakerProduct[]
}

export type Team = { handle: string; code: string; name: Localized; description: Localized; facility: FacilityRef }

export type Facility = FacilityRef & { code: string; story: Localized; makes: Localized; image: ProvenanceImage | null }

export type ImpactFigure = {
  facility: FacilityRef
  /** ISO dates (YYYY-MM-DD). */
  period_start: string
  period_end: string
  makers_employed: number
  pieces_made: number
  training_hours: number
  average_monthly_wage_usd: number
  benchmark_monthly_wage_usd: number
  benchmark_label: string
  source: string
}

export type FacilityDetail = Facility & { teams: Team[]; makers: MakerSummary[]; impact: ImpactFigure[] }

export const COST_COMPONENTS = ["materials", "maker_wages", "training_programme", "overhead", "duties_estimate", "transport_estimate"] as const
export type CostComponent = (typeof COST_COMPONENTS)[number]

export type CostBreakdown = { currency_code: "usd"; total: number; note: Localized | null } & Record<CostComponent, number | null>

export type MadeBy = { makers: MakerSummary[]; team: Team | null; facility: FacilityRef | null; cost_breakdown: CostBreakdown | null }

export type StoreMakersResponse = { makers: MakerSummary[] }
export type StoreMakerResponse = { maker: Maker }
export type StoreFacilitiesResponse = { facilities: Facility[] }
export type StoreFacilityResponse = { facility: FacilityDetail }
export type StoreImpactResponse = { figures: ImpactFigure[] }
export type StoreMadeByResponse = { made_by: MadeBy }

/** What a hang-tag code leads to: her page while she is public, otherwise her team. */
export type HangTag = { kind: "maker"; maker: MakerSummary } | { kind: "team"; team: Team }
export type StoreHangTagResponse = { tag: HangTag }
