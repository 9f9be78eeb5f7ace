import { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query"
import type { ConsentScope, ConsentStatus, PhotoMode } from "../../modules/maker/consent"
import { sdk } from "./sdk"

/**
 * Typed access to the maker, facility and impact Admin API
 * (docs/makers-and-consent.md). Every call goes through the Medusa JS SDK, so
 * the Admin session cookie is sent and 4xx responses reject with a FetchError
 * whose `message` is the API's `message` field.
 */

// ---------------------------------------------------------------- types

export type Localized = { en: string; fr: string }
export type { ConsentScope, ConsentStatus, PhotoMode }
export type NameDisplay = "pseudonym" | "first_name"

/** A reference to a facility or team as the Admin API embeds it. Team names are localised. */
export type EntityRef = { id: string; name: string | Localized }

export type AdminMakerRow = {
  id: string
  handle: string
  code: string
  display_name: string
  photo_mode: PhotoMode
  is_published: boolean
  published_at: string | null
  facility: EntityRef | null
  team: EntityRef | null
  consent_status: ConsentStatus
  consent_expires_at: string | null
}

export type ConsentRecord = {
  id: string
  scopes: ConsentScope[]
  signed_at: string
  expires_at: string
  revoked_at: string | null
  revocation_reason: string | null
  maker_reviewed_at: string | null
  risk_assessment_ref: string | null
  recorded_by: string
  created_at?: string
}

export type MediaAsset = {
  id: string
  url: string
  kind: string
  identifiability: "none" | "low" | "high"
  alt: Localized | null
}

export type AdminMaker = {
  id: string
  handle: string
  code: string
  display_name: string
  name_display: NameDisplay
  role: Localized
  skills: Localized[]
  start_year: number | null
  story: Localized
  story_updated_at: string | null
  photo_mode: PhotoMode
  is_published: boolean
  published_at: string | null
  facility_id?: string
  team_id?: string | null
  facility: (EntityRef & { code?: string }) | null
  team: EntityRef | null
  consents: ConsentRecord[]
  media?: MediaAsset[]
  /** Products credited to her (whether or not her product_link consent lets the store show it). */
  products?: { id: string; title: string; handle: string }[]
  created_at?: string
  updated_at?: string
}

export type MakerPermissions = { name: boolean; story: boolean; photo: boolean; product_link: boolean }

export type AuditEntry = {
  id: string
  action: string
  actor: string
  detail: Record<string, unknown> | null
  created_at: string
}

export type AdminMakerDetail = {
  maker: AdminMaker
  permissions: MakerPermissions
  publish_blockers: string[]
  audit: AuditEntry[]
}

/** The maker profile fields of create and update requests. */
export type MakerProfilePayload = {
  handle: string
  code: string
  display_name: string
  name_display: NameDisplay
  role: Localized
  skills: Localized[]
  start_year: number | null
  story: Localized
  photo_mode: PhotoMode
  facility_id: string
  team_id: string | null
}

export type MakerIdentity = {
  legal_name: string
  village: string | null
  contact: string | null
  notes: string | null
}

export type CreateMakerPayload = MakerProfilePayload & { identity: MakerIdentity }

export type NewConsentPayload = {
  scopes: ConsentScope[]
  signed_at: string
  expires_at: string
  maker_reviewed_at?: string | null
  risk_assessment_ref?: string | null
}

// What the store shows (Store API types).
export type PublicImage = { url: string; alt: Localized }
export type PublicFacilityRef = { handle: string; name: string; region_label: string }
export type PublicMaker = {
  handle: string
  code: string
  display_name: string
  role: Localized
  facility: PublicFacilityRef
  image: PublicImage | null
  skills: Localized[]
  start_year: number | null
  story: Localized | null
  team: { handle: string; name: Localized } | null
  products: { id: string; handle: string; title: string; thumbnail: string | null }[]
}
export type MakerPreview = { maker: PublicMaker | null; is_public: boolean }

export type AdminTeam = {
  id: string
  code: string
  handle: string
  name: Localized
  description: Localized
  facility_id?: string
  facility?: EntityRef | null
  makers?: { id: string }[]
}
export type TeamPayload = {
  code: string
  handle: string
  name: Localized
  description: Localized
  facility_id: string
}

/** The registered address used on export documents. */
export type CustomsAddress = {
  legal_name: string
  address_1: string
  address_2?: string
  city: string
  province?: string
  postal_code?: string
  /** ISO 3166-1 alpha-2, lower case. */
  country_code: string
}

export type AdminFacility = {
  id: string
  code: string
  handle: string
  name: string
  region_label: string
  story: Localized
  makes: Localized
  image_url: string | null
  image_alt: Localized | null
  customs_address: Partial<CustomsAddress> | null
  stock_location?: { id: string; name: string } | null
  teams?: AdminTeam[]
  impact_figures?: AdminImpactFigure[]
}
export type FacilityPayload = Pick<AdminFacility, "name" | "region_label" | "story" | "makes" | "image_url" | "image_alt"> & {
  customs_address: CustomsAddress
}

export type AdminImpactFigure = {
  id: string
  facility_id?: string
  facility?: EntityRef | null
  period_start: string
  period_end: string
  makers_employed: number
  pieces_made: number
  training_hours: number
  average_monthly_wage_usd: number
  benchmark_monthly_wage_usd: number
  benchmark_label: string
  source: string
  entered_by?: string
}
export type ImpactFigurePayload = Omit<AdminImpactFigure, "id" | "facility" | "entered_by"> & { facility_id: string }

export const COST_FIELDS = [
  "materials",
  "maker_wages",
  "training_programme",
  "overhead",
  "duties_estimate",
  "transport_estimate",
] as const
export type CostField = (typeof COST_FIELDS)[number]
export type CostBreakdown = Record<CostField, number | null> & { id?: string; note: Localized | null }
export type CostBreakdownPayload = Record<CostField, number | null> & { note?: Localized | null }

export type ProductMadeBy = {
  maker_ids: string[]
  team_id: string | null
  makers: { id: string; display_name: string; code: string; is_published: boolean }[]
  team: { id: string; name: Localized; code: string } | null
  cost_breakdown: CostBreakdown | null
}

// ---------------------------------------------------------------- errors

/** The API's own message for a failed request (the `message` field of 4xx responses). */
export const errorMessage = (error: unknown): string => {
  if (error instanceof FetchError || error instanceof Error) return error.message || "The request failed."
  return "The request failed."
}

export const errorStatus = (error: unknown): number | undefined =>
  error instanceof FetchError ? error.status : (error as { status?: number } | null)?.status

// ---------------------------------------------------------------- requests

const get = <T>(path: string, query?: Record<string, unknown>) => sdk.client.fetch<T>(path, { method: "GET", query })
const post = <T>(path: string, body: unknown = {}) =>
  sdk.client.fetch<T>(path, { method: "POST", body: body as Record<string, unknown> })
const del = <T>(path: string) => sdk.client.fetch<T>(path, { method: "DELETE" })

export const keys = {
  makers: ["afesip", "makers"] as const,
  makerList: (filters: Record<string, unknown>) => ["afesip", "makers", "list", filters] as const,
  maker: (id: string) => ["afesip", "makers", "detail", id] as const,
  preview: (id: string) => ["afesip", "makers", "preview", id] as const,
  identity: (id: string) => ["afesip", "makers", "identity", id] as const,
  teams: ["afesip", "teams"] as const,
  facilities: ["afesip", "facilities"] as const,
  facility: (id: string) => ["afesip", "facilities", id] as const,
  impact: ["afesip", "impact"] as const,
  madeBy: (productId: string) => ["afesip", "made-by", productId] as const,
}

/** A mutation that invalidates the given query keys when it succeeds. */
function useApiMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>, invalidate: (vars: TVars) => QueryKey[]) {
  const client = useQueryClient()
  return useMutation<TResult, Error, TVars>({
    mutationFn: fn,
    onSuccess: async (_result, vars) => {
      await Promise.all(invalidate(vars).map((queryKey) => client.invalidateQueries({ queryKey })))
    },
  })
}

// Makers

export const useMakers = (filters: { q?: string; is_published?: boolean } = {}) =>
  useQuery({
    queryKey: keys.makerList(filters),
    queryFn: () =>
      get<{ makers: AdminMakerRow[]; count: number }>("/admin/makers", {
        ...(filters.q ? { q: filters.q } : {}),
        ...(filters.is_published !== undefined ? { is_published: filters.is_published } : {}),
      }),
  })

export const useMaker = (id: string) =>
  useQuery({ queryKey: keys.maker(id), queryFn: () => get<AdminMakerDetail>(`/admin/makers/${id}`) })

export const useMakerPreview = (id: string) =>
  useQuery({ queryKey: keys.preview(id), queryFn: () => get<MakerPreview>(`/admin/makers/${id}/preview`) })

/** 403 means the signed-in user's role may not read private identities: not retried. */
export const useMakerIdentity = (id: string, enabled = true) =>
  useQuery({
    queryKey: keys.identity(id),
    queryFn: () => get<{ identity: MakerIdentity | null }>(`/admin/makers/${id}/identity`),
    enabled,
    retry: (count, error) => errorStatus(error) !== 403 && errorStatus(error) !== 404 && count < 2,
  })

const makerKeys = (id: string): QueryKey[] => [keys.makers, keys.maker(id), keys.preview(id)]

export const useCreateMaker = () =>
  useApiMutation(
    (body: CreateMakerPayload) => post<{ maker: AdminMaker }>("/admin/makers", body),
    () => [keys.makers]
  )

export const useUpdateMaker = (id: string) =>
  useApiMutation(
    (body: Partial<MakerProfilePayload>) => post<{ maker: AdminMaker }>(`/admin/makers/${id}`, body),
    () => makerKeys(id)
  )

export const useUpdateMakerIdentity = (id: string) =>
  useApiMutation(
    (body: Partial<MakerIdentity>) => post<{ identity: MakerIdentity }>(`/admin/makers/${id}/identity`, body),
    () => [keys.identity(id), keys.maker(id)]
  )

export const useRecordConsent = (id: string) =>
  useApiMutation(
    (body: NewConsentPayload) => post<{ consent: ConsentRecord }>(`/admin/makers/${id}/consents`, body),
    () => makerKeys(id)
  )

export const useRevokeConsent = (id: string) =>
  useApiMutation(
    ({ consentId, reason }: { consentId: string; reason?: string }) =>
      post<unknown>(`/admin/makers/${id}/consents/${consentId}/revoke`, reason ? { reason } : {}),
    () => makerKeys(id)
  )

export const useRecordStoryReview = (id: string) =>
  useApiMutation(
    ({ consentId }: { consentId: string }) => post<unknown>(`/admin/makers/${id}/consents/${consentId}/review`),
    () => makerKeys(id)
  )

export const usePublishMaker = (id: string) =>
  useApiMutation(() => post<{ maker: AdminMaker }>(`/admin/makers/${id}/publish`), () => makerKeys(id))

export const useUnpublishMaker = (id: string) =>
  useApiMutation(
    ({ reason }: { reason?: string }) =>
      post<{ maker: AdminMaker }>(`/admin/makers/${id}/unpublish`, reason ? { reason } : {}),
    () => makerKeys(id)
  )

// Teams and facilities

export const useTeams = () =>
  useQuery({ queryKey: keys.teams, queryFn: () => get<{ teams: AdminTeam[] }>("/admin/teams") })

export const useCreateTeam = () =>
  useApiMutation((body: TeamPayload) => post<{ team: AdminTeam }>("/admin/teams", body), () => [keys.teams, keys.facilities])

export const useUpdateTeam = () =>
  useApiMutation(
    ({ id, ...body }: Partial<TeamPayload> & { id: string }) => post<{ team: AdminTeam }>(`/admin/teams/${id}`, body),
    () => [keys.teams, keys.facilities, keys.makers]
  )

export const useFacilities = () =>
  useQuery({ queryKey: keys.facilities, queryFn: () => get<{ facilities: AdminFacility[] }>("/admin/facilities") })

export const useFacility = (id: string) =>
  useQuery({ queryKey: keys.facility(id), queryFn: () => get<{ facility: AdminFacility }>(`/admin/facilities/${id}`) })

export const useUpdateFacility = (id: string) =>
  useApiMutation(
    (body: Partial<FacilityPayload>) => post<{ facility: AdminFacility }>(`/admin/facilities/${id}`, body),
    () => [keys.facilities, keys.makers]
  )

// Impact

export const useImpactFigures = () =>
  useQuery({ queryKey: keys.impact, queryFn: () => get<{ figures: AdminImpactFigure[] }>("/admin/impact") })

export const useSaveImpactFigure = () =>
  useApiMutation(
    ({ id, ...body }: ImpactFigurePayload & { id?: string }) =>
      post<{ figure: AdminImpactFigure }>(id ? `/admin/impact/${id}` : "/admin/impact", body),
    () => [keys.impact]
  )

export const useDeleteImpactFigure = () =>
  useApiMutation((id: string) => del<unknown>(`/admin/impact/${id}`), () => [keys.impact])

// Products

export const useProductMadeBy = (productId: string) =>
  useQuery({
    queryKey: keys.madeBy(productId),
    queryFn: () => get<ProductMadeBy>(`/admin/products/${productId}/made-by`),
  })

export const useSetProductMadeBy = (productId: string) =>
  useApiMutation(
    (body: { maker_ids: string[]; team_id: string | null }) => post<unknown>(`/admin/products/${productId}/made-by`, body),
    () => [keys.madeBy(productId)]
  )

export const useSaveCostBreakdown = (productId: string) =>
  useApiMutation(
    (body: CostBreakdownPayload) => post<unknown>(`/admin/products/${productId}/cost-breakdown`, body),
    () => [keys.madeBy(productId)]
  )

export const useDeleteCostBreakdown = (productId: string) =>
  useApiMutation(() => del<unknown>(`/admin/products/${productId}/cost-breakdown`), () => [keys.madeBy(productId)])

// Staff names for "recorded by" and the audit log

/** Maps Admin user ids to a readable name; unknown ids (and "system") are shown as they are. */
export const useUserNames = () => {
  const { data } = useQuery({
    queryKey: ["afesip", "users"],
    queryFn: () =>
      get<{ users: { id: string; email: string; first_name: string | null; last_name: string | null }[] }>("/admin/users", {
        limit: 200,
        fields: "id,email,first_name,last_name",
      }),
    staleTime: 5 * 60 * 1000,
  })
  const names = new Map(
    (data?.users ?? []).map((u) => [u.id, [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email])
  )
  return (id: string | null | undefined) => (id ? (names.get(id) ?? id) : "-")
}
