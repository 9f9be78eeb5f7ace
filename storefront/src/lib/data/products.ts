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
