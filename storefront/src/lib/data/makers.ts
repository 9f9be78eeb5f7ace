import "server-only"
import { sdk } from "@/lib/config"
import type {
  Facility,
  FacilityDetail,
  ImpactFigure,
  MadeBy,
  Maker,
  MakerSummary,
  HangTag,
  StoreFacilitiesResponse,
  StoreHangTagResponse,
  StoreFacilityResponse,
  StoreImpactResponse,
  StoreMadeByResponse,
  StoreMakerResponse,
  StoreMakersResponse,
} from "@/types/provenance"
import { catalogCache } from "./cache"
import { localeQuery } from "./locale"

/**
 * Makers, facilities and impact, exactly as the Store API returns them: the
 * backend applies each maker's consents at every read, so nothing here adds,
 * keeps or guesses a field. A revoked consent reaches the storefront through
 * /api/revalidate (tags "makers" and "impact"), which expires these entries.
 */

/** 404 → null (unknown, unpublished or no longer consented); any other failure is thrown. */
async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read
  } catch (error) {
    // The js-sdk throws a FetchError carrying the HTTP status.
    if ((error as { status?: unknown } | null)?.status === 404) return null
    throw error
  }
}

/** Published makers whose consent covers their name; `code` is a hang-tag code such as AFF-M07. */
export async function listMakers(code?: string): Promise<MakerSummary[]> {
  const { makers } = await sdk.client.fetch<StoreMakersResponse>("/store/makers", {
    ...(code ? { query: { code } } : {}),
    ...catalogCache("makers"),
  })
  return makers
}

/** `locale` translates the titles of the products credited to her. */
export async function getMaker(handle: string, locale: string): Promise<Maker | null> {
  const body = await orNull(
    sdk.client.fetch<StoreMakerResponse>(`/store/makers/${encodeURIComponent(handle)}`, {
      query: localeQuery(locale),
      ...catalogCache("makers"),
    })
  )
  return body?.maker ?? null
}

export async function listFacilities(): Promise<Facility[]> {
  const { facilities } = await sdk.client.fetch<StoreFacilitiesResponse>("/store/facilities", catalogCache("makers"))
  return facilities
}

/** The facility with its teams, public makers and impact figures (so both tags apply). */
export async function getFacility(handle: string): Promise<FacilityDetail | null> {
  const body = await orNull(
    sdk.client.fetch<StoreFacilityResponse>(`/store/facilities/${encodeURIComponent(handle)}`, catalogCache("makers", "impact"))
  )
  return body?.facility ?? null
}

/** Aggregate figures per facility and period, ordered by period then facility. */
export async function listImpact(): Promise<ImpactFigure[]> {
  const { figures } = await sdk.client.fetch<StoreImpactResponse>("/store/impact", catalogCache("impact"))
  return figures
}

/** Who made a product (as far as consent allows) and its cost breakdown; null for an unknown product. */
export async function getMadeBy(productId: string): Promise<MadeBy | null> {
  const body = await orNull(
    sdk.client.fetch<StoreMadeByResponse>(`/store/products/${encodeURIComponent(productId)}/made-by`, catalogCache("makers"))
  )
  return body?.made_by ?? null
}

/** Resolves a hang-tag code (e.g. AFF-M07); null when the code is unknown or malformed. */
export async function resolveHangTag(code: string): Promise<HangTag | null> {
  try {
    const body = await sdk.client.fetch<StoreHangTagResponse>(`/store/tags/${encodeURIComponent(code)}`, catalogCache("makers"))
    return body.tag
  } catch (error) {
    const status = (error as { status?: unknown } | null)?.status
    if (status === 404 || status === 400) return null
    throw error
  }
}
