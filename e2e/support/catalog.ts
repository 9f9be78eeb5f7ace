import { products } from "../../backend/src/scripts/seed/catalog"
import type { SeedProduct, SeedVariant } from "../../backend/src/scripts/seed/types"

/**
 * The tests read the seed data (the same source the backend was seeded from)
 * to pick products and know their prices — they never hard-code results.
 */
export { products }

const total = (v: SeedVariant) => Object.values(v.stock).reduce((a, b) => a + b, 0)
export const isInStock = (v: SeedVariant) => total(v) > 0

/** A garment with sizes, one sold-out variant and others in stock. */
export function garmentWithSoldOutVariant(): { product: SeedProduct; soldOut: SeedVariant; inStock: SeedVariant } {
  for (const product of products) {
    if (!product.options.some((o) => o.title === "Size")) continue
    const soldOut = product.variants.find((v) => !isInStock(v))
    const inStock = product.variants.find((v) => isInStock(v) && total(v) > 3)
    if (soldOut && inStock) return { product, soldOut, inStock }
  }
  throw new Error("The seed has no garment with both a sold-out and an in-stock variant")
}

export function findBySku(sku: string) {
  for (const product of products) {
    const variant = product.variants.find((v) => v.sku === sku)
    if (variant) return { product, variant }
  }
  throw new Error(`No seeded variant ${sku}`)
}

/** Expected text of a price the way a buyer's browser shows it (Intl, like the storefront). */
export function formatPrice(amount: number, currency: string, locale = "en") {
  return new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

/**
 * The n-th in-stock variant (one per product, at least 5 units) for tests that
 * buy: each test takes its own index, so parallel tests never compete for stock.
 */
export function stockedVariant(index: number): { product: SeedProduct; variant: SeedVariant } {
  const choices = products
    .map((product) => ({ product, variant: product.variants.find((v) => total(v) >= 5) }))
    .filter((c): c is { product: SeedProduct; variant: SeedVariant } => Boolean(c.variant))
  if (index >= choices.length) throw new Error(`The seed has only ${choices.length} well-stocked products`)
  // From the end of the catalogue, away from the products the browsing tests use.
  return choices[choices.length - 1 - index]
}
