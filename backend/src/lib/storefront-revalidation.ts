/**
 * Tells the storefront which cached data changed. The storefront checks the
 * shared secret with a timing-safe compare and drops the tagged caches.
 */

export type StorefrontTag = "products" | "categories" | "collections" | "regions" | "makers" | "impact"

/** Which storefront caches each backend event makes stale. */
export const EVENT_TAGS: Record<string, StorefrontTag[]> = {
  "product.created": ["products", "makers"],
  "product.updated": ["products", "makers"],
  "product.deleted": ["products", "makers"],
  "product-variant.created": ["products"],
  "product-variant.updated": ["products"],
  "product-variant.deleted": ["products"],
  "product-category.created": ["categories"],
  "product-category.updated": ["categories"],
  "product-category.deleted": ["categories"],
  "product-collection.created": ["collections"],
  "product-collection.updated": ["collections"],
  "product-collection.deleted": ["collections"],
  "region.created": ["regions"],
  "region.updated": ["regions"],
  "region.deleted": ["regions"],
  "maker.updated": ["makers"],
  "provenance.updated": ["makers"],
  "impact.updated": ["impact"],
  // The product page's label (composition, care, origin) reads the customs data.
  "customs.updated": ["products"],
}

type Env = Record<string, string | undefined>
type Logger = { warn: (msg: string) => void; info?: (msg: string) => void }

export async function notifyStorefront(tags: StorefrontTag[], env: Env, logger: Logger, fetchImpl: typeof fetch = fetch) {
  const url = env.STOREFRONT_REVALIDATE_URL || env.STOREFRONT_URL
  const secret = env.REVALIDATE_SECRET
  if (!url || !secret || tags.length === 0) return { sent: false as const, reason: "not configured" }
  try {
    const response = await fetchImpl(new URL("/api/revalidate", url), {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": secret },
      body: JSON.stringify({ tags: [...new Set(tags)] }),
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) logger.warn(`Storefront revalidation answered ${response.status} for ${tags.join(", ")}`)
    return { sent: response.ok, status: response.status }
  } catch (error) {
    // The storefront's hourly revalidation is the fallback; never fail the event.
    logger.warn(`Storefront revalidation failed: ${(error as Error).message}`)
    return { sent: false as const, reason: (error as Error).message }
  }
}
