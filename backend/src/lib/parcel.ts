/**
 * How a cart becomes one courier parcel, and what that parcel costs.
 *
 * Couriers charge by chargeable weight: the greater of the actual weight and
 * the volumetric weight (length × width × height in cm / 5000), rounded up to
 * the next 0.5 kg. A cart ships as ONE parcel:
 *
 * - actual weight = the units' weights (grams, from the catalog) plus packaging:
 *   the larger of 150 g and 10 % of the goods' weight (mailer or box, tissue,
 *   label, customs pouch);
 * - volume = the units' volumes (folded and packed, cm) plus 10 % slack, but never
 *   less than the smallest mailer (25 × 18 × 4 cm);
 * - chargeable weight = max(actual, volumetric), at least 0.5 kg, rounded up to 0.5 kg.
 *
 * A unit whose variant has no weight, or lacks one of its three dimensions, is
 * counted with DEFAULT_UNIT (heavier and larger than anything in the catalog, so
 * a gap in the data never undercharges) and reported in `defaults` so that the
 * caller can log it.
 *
 * Pure functions only: no Medusa imports, no I/O.
 */

/** cm³ per kg: the divisor international couriers use for volumetric weight. */
export const VOLUMETRIC_DIVISOR = 5000

/** Couriers price in half-kilo steps. */
export const WEIGHT_STEP_KG = 0.5

export const PACKING = {
  /** Packaging weighs the larger of this… */
  minPackagingG: 150,
  /** …and this share of the goods' weight. */
  packagingShare: 0.1,
  /** Folded garments never fill a box exactly: items' volume × 1.1. */
  volumeSlack: 1.1,
  /** The smallest mailer, cm. */
  minBoxCm: [25, 18, 4] as const,
} as const

/** Stand-in for a unit whose weight or dimensions are missing from the catalog. */
export const DEFAULT_UNIT = {
  weightG: 500,
  dimsCm: [35, 28, 6] as const,
} as const

export type ParcelItem = {
  /** Names the item in warnings (variant id, SKU or line item id). */
  ref: string
  quantity: number
  /** Grams per unit. */
  weightG?: number | null
  /** Centimetres per unit, folded and packed. */
  lengthCm?: number | null
  widthCm?: number | null
  heightCm?: number | null
}

export type MissingFigure = "weight" | "dimensions"

export type Parcel = {
  units: number
  /** Items plus packaging. */
  actualKg: number
  /** Packed volume in cm³ (after slack and the minimum box). */
  volumeCm3: number
  volumetricKg: number
  /** What the courier charges for: max(actual, volumetric), rounded up to 0.5 kg. */
  chargeableKg: number
  /** Items counted with DEFAULT_UNIT figures, and which figures were missing. */
  defaults: { ref: string; missing: MissingFigure[] }[]
}

/** A positive finite number, or undefined (for null, 0, NaN, strings that are not numbers…). */
function positive(value: unknown): number | undefined {
  const n = toNumber(value)
  return Number.isFinite(n) && n > 0 ? n : undefined
}

/** Reads a number from a plain number, a numeric string or a Medusa BigNumber-like object. */
export function toNumber(value: unknown): number {
  if (typeof value === "number") return value
  if (typeof value === "string" && value.trim() !== "") return Number(value)
  if (value && typeof value === "object") {
    const v = value as { numeric?: unknown; value?: unknown }
    if (typeof v.numeric === "number") return v.numeric
    if (typeof v.value === "number" || typeof v.value === "string") return Number(v.value)
  }
  return NaN
}

/** Rounds up to the next step (0.5 kg), tolerating float noise: 1.0000000001 stays 1.0. */
export function roundUpToStep(kg: number, step = WEIGHT_STEP_KG): number {
  const steps = Math.ceil(kg / step - 1e-9)
  return Math.max(1, steps) * step
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places

/** Packs the items into one parcel and works out its chargeable weight. */
export function packParcel(items: ParcelItem[]): Parcel {
  let units = 0
  let goodsG = 0
  let itemsCm3 = 0
  const defaults: Parcel["defaults"] = []
  for (const item of items) {
    const quantity = Math.max(0, Math.ceil(toNumber(item.quantity) || 0))
    if (!quantity) continue
    const missing: MissingFigure[] = []
    let weightG = positive(item.weightG)
    if (weightG === undefined) {
      missing.push("weight")
      weightG = DEFAULT_UNIT.weightG
    }
    const dims = [positive(item.lengthCm), positive(item.widthCm), positive(item.heightCm)]
    let unitCm3: number
    if (dims.every((d): d is number => d !== undefined)) {
      unitCm3 = dims[0] * dims[1] * dims[2]
    } else {
      missing.push("dimensions")
      unitCm3 = DEFAULT_UNIT.dimsCm[0] * DEFAULT_UNIT.dimsCm[1] * DEFAULT_UNIT.dimsCm[2]
    }
    if (missing.length) defaults.push({ ref: item.ref, missing })
    units += quantity
    goodsG += weightG * quantity
    itemsCm3 += unitCm3 * quantity
  }
  const packagingG = Math.max(PACKING.minPackagingG, goodsG * PACKING.packagingShare)
  const actualKg = (goodsG + packagingG) / 1000
  const [l, w, h] = PACKING.minBoxCm
  const volumeCm3 = Math.max(itemsCm3 * PACKING.volumeSlack, l * w * h)
  const volumetricKg = volumeCm3 / VOLUMETRIC_DIVISOR
  return {
    units,
    actualKg: round(actualKg, 3),
    volumeCm3: round(volumeCm3, 1),
    volumetricKg: round(volumetricKg, 3),
    chargeableKg: roundUpToStep(Math.max(actualKg, volumetricKg)),
    defaults,
  }
}

/** The parts of a Medusa cart line item (as calculatePrice receives it) that the parcel rule reads. */
export type CartItemForParcel = {
  id?: string | null
  quantity?: unknown
  requires_shipping?: boolean | null
  variant_id?: string | null
  variant_sku?: string | null
  variant?: { id?: string | null; weight?: unknown; length?: unknown; width?: unknown; height?: unknown } | null
  product?: { weight?: unknown } | null
}

/**
 * Cart line items → parcel items. Items that need no shipping are left out;
 * a variant without a weight falls back to its product's weight.
 */
export function parcelItemsFromCart(items: readonly (CartItemForParcel | null | undefined)[] | null | undefined): ParcelItem[] {
  return (items ?? []).flatMap((item) => {
    if (!item || item.requires_shipping === false) return []
    const variant = item.variant ?? {}
    return [
      {
        ref: item.variant_sku || variant.id || item.variant_id || item.id || "unknown item",
        quantity: toNumber(item.quantity),
        weightG: positive(variant.weight) ?? positive(item.product?.weight) ?? null,
        lengthCm: positive(variant.length) ?? null,
        widthCm: positive(variant.width) ?? null,
        heightCm: positive(variant.height) ?? null,
      },
    ]
  })
}

/** A service's price in one currency: the first 0.5 kg, then each further 0.5 kg. Major units. */
export type StepPrice = { first: number; additional: number }

export type ServiceRate = {
  /** Per currency (lower-case ISO code). */
  prices: Partial<Record<string, StepPrice>>
  /** Heaviest chargeable weight the service accepts. */
  max_kg: number
  /** Delivery estimate in business days after dispatch. */
  days: { min: number; max: number }
}

/** first + (number of 0.5 kg steps − 1) × additional, in major units rounded to cents. */
export function priceForWeight(price: StepPrice, chargeableKg: number): number {
  const steps = Math.round(roundUpToStep(chargeableKg) / WEIGHT_STEP_KG)
  return round(price.first + (steps - 1) * price.additional, 2)
}

export type Quote =
  | { ok: true; amount: number; chargeableKg: number }
  | { ok: false; reason: "over_limit"; chargeableKg: number; maxKg: number }
  | { ok: false; reason: "no_price"; currency: string }

/** Looks a parcel's chargeable weight up in one service's rate. */
export function quoteService(rate: ServiceRate, currency: string, chargeableKg: number): Quote {
  const price = rate.prices[currency.toLowerCase()]
  if (!price) return { ok: false, reason: "no_price", currency: currency.toLowerCase() }
  if (chargeableKg > rate.max_kg) return { ok: false, reason: "over_limit", chargeableKg, maxKg: rate.max_kg }
  return { ok: true, amount: priceForWeight(price, chargeableKg), chargeableKg }
}
