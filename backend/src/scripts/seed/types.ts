/**
 * Shapes of the seed data. The data files (catalog.ts, facilities.ts …) are plain
 * values of these types so that the seed script stays a thin, idempotent loader.
 */

/** Codes of AFESIP's three facilities; each is a Medusa stock location. */
export type FacilityCode = "PNH-ATL" | "TLC-SLK" | "PNH-EXP"

/** Amounts in major units (Medusa stores major units), one per store currency. */
export type SeedPrices = { usd: number; eur: number; gbp: number; aud: number }

export type SeedCategory = {
  handle: string
  name: string
  description: string
}

export type SeedCollection = {
  handle: string
  title: string
  /** Short line shown on the home page rail. */
  description: string
}

export type FibreShare = { fibre: string; percent: number }

export type SeedVariant = {
  /** Unique across the catalog, e.g. "AFF-DRS-MEKONG-S-IND". */
  sku: string
  /** Option title → value, e.g. { Size: "S", Colour: "Indigo" }. */
  options: Record<string, string>
  prices: SeedPrices
  /** Units on hand per facility; all zero makes the variant out of stock. */
  stock: Record<FacilityCode, number>
}

export type SeedProduct = {
  handle: string
  title: string
  subtitle: string
  /** Plain text for a buyer: what it is, fibre composition in %, care, made in Cambodia. */
  description: string
  category: string
  collections: string[]
  tags: string[]
  /** Composition with generic fibre names; percentages add up to 100. */
  composition: FibreShare[]
  care: string[]
  /** "woven" or "knitted" decides the HS chapter (62 vs 61). */
  construction: "woven" | "knitted" | "other"
  /** Customs fields that Medusa keeps on every variant. */
  hs_code: string
  origin_country: "KH"
  material: string
  /** Grams. */
  weight: number
  /** Centimetres, folded and packed. */
  length: number
  width: number
  height: number
  options: { title: string; values: string[] }[]
  /** Image file names under backend/static/catalog/, first one is the thumbnail. */
  images: string[]
  variants: SeedVariant[]
}
