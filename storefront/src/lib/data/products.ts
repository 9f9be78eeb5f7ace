import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "@/lib/config"
import { catalogCache } from "./cache"
import { localeQuery } from "./locale"

const PRODUCT_FIELDS = [
  "id", "handle", "title", "subtitle", "description", "thumbnail", "material", "origin_country", "created_at", "metadata",
  "*images", "*options", "*options.values", "*categories", "*collection",
  "*variants.calculated_price", "+variants.inventory_quantity", "+variants.manage_inventory", "+variants.allow_backorder",
  "*variants.options", "variants.sku", "variants.title", "variants.id",
].join(",")

/**
 * The region's whole published catalog (optionally narrowed by a text query).
 * AFESIP sells well under a few hundred products, so the listing filters,
 * sorts by calculated price and paginates on the server from this cached list.
 */
export async function listCatalog(regionId: string, locale: string, q?: string): Promise<HttpTypes.StoreProduct[]> {
  const products: HttpTypes.StoreProduct[] = []
  const limit = 100
  for (let offset = 0; ; offset += limit) {
    const page = await sdk.client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
      query: { region_id: regionId, fields: PRODUCT_FIELDS, limit, offset, ...(q ? { q } : {}), ...localeQuery(locale) },
      ...catalogCache("products"),
    })
    products.push(...page.products)
    if (products.length >= page.count || page.products.length === 0) break
  }
  return products
}

export async function getProduct(handle: string, regionId: string, locale: string): Promise<HttpTypes.StoreProduct | undefined> {
  const { products } = await sdk.client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { handle, region_id: regionId, fields: PRODUCT_FIELDS, limit: 1, ...localeQuery(locale) },
    ...catalogCache("products"),
  })
  return products[0]
}

export async function listCategories(locale: string): Promise<HttpTypes.StoreProductCategory[]> {
  const { product_categories } = await sdk.client.fetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
    query: { fields: "id,name,handle,description", limit: 50, ...localeQuery(locale) },
    ...catalogCache("categories"),
  })
  return product_categories
}

export async function listCollections(locale: string): Promise<HttpTypes.StoreCollection[]> {
  const { collections } = await sdk.client.fetch<HttpTypes.StoreCollectionListResponse>("/store/collections", {
    query: { fields: "id,title,handle,metadata", limit: 50, ...localeQuery(locale) },
    ...catalogCache("collections"),
  })
  return collections
}

/** What the product's label says, from the backend's customs data (GET /store/products/:id/customs). */
export type ProductLabel = { composition: string; care: string[]; origin: string | null }

/** The first variant's label: composition with generic fibre names, care and country of origin, in the shopper's language. */
export async function getProductLabel(productId: string, locale: string): Promise<ProductLabel | null> {
  type Variant = { composition_text: { en: string; fr: string }; care: { text: { en: string; fr: string } }; origin_country: string | null }
  const lang = locale.toLowerCase().startsWith("fr") ? "fr" : "en"
  const variant = await sdk.client
    .fetch<{ customs: { variants: Variant[] } }>(`/store/products/${productId}/customs`, catalogCache("products"))
    .then((r) => r.customs.variants[0])
    .catch(() => undefined)
  if (!variant) return null
  return {
    composition: variant.composition_text[lang] || variant.composition_text.en,
    care: (variant.care.text[lang] || variant.care.text.en).split("\n").map((l) => l.trim()).filter(Boolean),
    origin: variant.origin_country,
  }
}
