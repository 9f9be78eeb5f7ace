import type { HttpTypes } from "@medusajs/types"
import type { ListingProduct } from "./catalog-filters"
import type { ChoosableVariant } from "./variants"

/** Lowest calculated price of a product's variants in the current region. */
export function minPrice(product: HttpTypes.StoreProduct): number | null {
  const amounts = (product.variants ?? [])
    .map((v) => v.calculated_price?.calculated_amount)
    .filter((a): a is number => typeof a === "number")
  return amounts.length ? Math.min(...amounts) : null
}

export function toListingProduct(product: HttpTypes.StoreProduct): ListingProduct & { product: HttpTypes.StoreProduct } {
  return {
    product,
    handle: product.handle ?? product.id,
    createdAt: String(product.created_at ?? ""),
    minPrice: minPrice(product),
    categoryHandles: (product.categories ?? []).map((c) => c.handle),
    collectionHandle: product.collection?.handle ?? undefined,
    options: Object.fromEntries((product.options ?? []).map((o) => [o.title, (o.values ?? []).map((v) => v.value)])),
  }
}

export function variantOptions(variant: HttpTypes.StoreProductVariant): Record<string, string> {
  return Object.fromEntries((variant.options ?? []).map((o) => [o.option?.title ?? o.option_id ?? "", o.value]))
}

export function toChoosableVariant(variant: HttpTypes.StoreProductVariant, optionTitles: Map<string, string>): ChoosableVariant {
  return {
    id: variant.id,
    options: Object.fromEntries((variant.options ?? []).map((o) => [optionTitles.get(o.option_id ?? "") ?? o.option?.title ?? "", o.value])),
    inventoryQuantity: variant.inventory_quantity ?? null,
    manageInventory: variant.manage_inventory ?? true,
    allowBackorder: variant.allow_backorder ?? false,
  }
}

export type ProductFacts = { composition: { fibre: string; percent: number }[]; care: string[] }

/** Composition and care kept in product metadata by the catalog. */
export function productFacts(product: HttpTypes.StoreProduct): ProductFacts {
  const meta = (product.metadata ?? {}) as Record<string, unknown>
  const composition = Array.isArray(meta.composition)
    ? meta.composition.filter((c): c is { fibre: string; percent: number } => typeof c?.fibre === "string" && typeof c?.percent === "number")
    : []
  const care = Array.isArray(meta.care) ? meta.care.filter((c): c is string => typeof c === "string") : []
  return { composition, care }
}
