/**
 * Carton figures for packing lists: volume in cubic metres and the courier's
 * volumetric weight. The divisor is the shipping rule's (parcel.ts), so there
 * is one number for the whole store.
 */
import { VOLUMETRIC_DIVISOR } from "../parcel"

export type Dimensions = { length_cm: number; width_cm: number; height_cm: number }

const assertPositive = (d: Dimensions) => {
  for (const [k, v] of Object.entries(d)) {
    if (!Number.isFinite(v) || v <= 0) throw new Error(`${k} must be more than 0 cm (got ${v}).`)
  }
}

/** Cubic metres, to 4 decimals: 40 × 30 × 20 cm → 0.024. */
export function cbm(d: Dimensions): number {
  assertPositive(d)
  return Math.round(((d.length_cm * d.width_cm * d.height_cm) / 1_000_000) * 10_000) / 10_000
}

/** L × W × H (cm) / 5000, in kg, to 3 decimals. */
export function volumetricWeightKg(d: Dimensions): number {
  assertPositive(d)
  return Math.round(((d.length_cm * d.width_cm * d.height_cm) / VOLUMETRIC_DIVISOR) * 1000) / 1000
}

/** What a courier bills a carton at: the greater of its gross and volumetric weight. */
export function chargeableWeightKg(grossKg: number, d: Dimensions): number {
  if (!Number.isFinite(grossKg) || grossKg <= 0) throw new Error(`The gross weight must be more than 0 kg (got ${grossKg}).`)
  return Math.max(grossKg, volumetricWeightKg(d))
}
