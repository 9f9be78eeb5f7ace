/** Cache tags of catalog reads; /api/revalidate drops them when the backend changes. */
export const CATALOG_TAGS = ["products", "regions", "categories", "collections", "makers", "impact"] as const
export type CatalogTag = (typeof CATALOG_TAGS)[number]

/** Catalog reads are shared by every visitor: cached, tagged, refreshed hourly at most. */
export const catalogCache = (...tags: [CatalogTag, ...CatalogTag[]]) => ({
  cache: "force-cache" as const,
  next: { tags, revalidate: 3600 },
})
