/** Listing state in the URL, and the pure filtering / sorting / paging over the catalog. */

export const SORTS = ["newest", "price-asc", "price-desc"] as const
export type Sort = (typeof SORTS)[number]
export const PAGE_SIZE = 12

export type ListingQuery = {
  category?: string
  collection?: string
  sizes: string[]
  colours: string[]
  sort: Sort
  page: number
  q?: string
}

/** What the listing needs to know about a product. */
export type ListingProduct = {
  handle: string
  createdAt: string
  /** Lowest variant price in the region, major units; null when unpriced. */
  minPrice: number | null
  categoryHandles: string[]
  collectionHandle?: string
  /** Option title → values offered, e.g. { Size: ["S", "M"], Colour: ["Indigo"] }. */
  options: Record<string, string[]>
}

type Params = Record<string, string | string[] | undefined>

const list = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value ? value.split(",") : []).map((v) => v.trim()).filter(Boolean)
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined

export function parseListingQuery(params: Params): ListingQuery {
  const sort = single(params.sort)
  const page = Number.parseInt(single(params.page) ?? "1", 10)
  return {
    category: single(params.category),
    collection: single(params.collection),
    sizes: list(params.size),
    colours: list(params.colour),
    sort: SORTS.includes(sort as Sort) ? (sort as Sort) : "newest",
    page: Number.isFinite(page) && page > 0 ? page : 1,
    q: single(params.q)?.slice(0, 100),
  }
}

/** Back to a query string; defaults are left out so URLs stay short. */
export function serializeListingQuery(query: Partial<ListingQuery>): string {
  const params = new URLSearchParams()
  if (query.q) params.set("q", query.q)
  if (query.category) params.set("category", query.category)
  if (query.collection) params.set("collection", query.collection)
  if (query.sizes?.length) params.set("size", query.sizes.join(","))
  if (query.colours?.length) params.set("colour", query.colours.join(","))
  if (query.sort && query.sort !== "newest") params.set("sort", query.sort)
  if (query.page && query.page > 1) params.set("page", String(query.page))
  const s = params.toString()
  return s ? `?${s}` : ""
}

/** The same query with one filter value switched on or off (back to page 1). */
export function toggleValue(query: ListingQuery, key: "sizes" | "colours", value: string): ListingQuery {
  const current = query[key]
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return { ...query, [key]: next, page: 1 }
}

const offers = (product: ListingProduct, title: string, wanted: string[]) =>
  wanted.length === 0 || (product.options[title] ?? []).some((v) => wanted.includes(v))

export function applyListingQuery<T extends ListingProduct>(products: T[], query: ListingQuery) {
  const filtered = products.filter(
    (p) =>
      (!query.category || p.categoryHandles.includes(query.category)) &&
      (!query.collection || p.collectionHandle === query.collection) &&
      offers(p, "Size", query.sizes) &&
      offers(p, "Colour", query.colours)
  )
  const price = (p: T, missing: number) => p.minPrice ?? missing
  const sorted = [...filtered].sort((a, b) => {
    switch (query.sort) {
      case "price-asc":
        return price(a, Infinity) - price(b, Infinity) || a.handle.localeCompare(b.handle)
      case "price-desc":
        return price(b, -Infinity) - price(a, -Infinity) || a.handle.localeCompare(b.handle)
      default:
        return b.createdAt.localeCompare(a.createdAt) || a.handle.localeCompare(b.handle)
    }
  })
  const pageCount = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE))
  const page = Math.min(query.page, pageCount)
  return { total: sorted.length, page, pageCount, items: sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) }
}

/** Values of an option across products, in first-seen order (sizes keep XS…XL order). */
export function collectOptionValues(products: ListingProduct[], title: string): string[] {
  const seen = new Set<string>()
  for (const p of products) for (const v of p.options[title] ?? []) seen.add(v)
  const order = ["XS", "S", "M", "L", "XL", "XXL"]
  return [...seen].sort((a, b) => {
    const ia = order.indexOf(a)
    const ib = order.indexOf(b)
    return ia >= 0 && ib >= 0 ? ia - ib : ia >= 0 ? -1 : ib >= 0 ? 1 : a.localeCompare(b)
  })
}
