/**
 * The rules a variant's customs data must meet before it is saved. Medusa's
 * own variant fields (hs_code, weight) come in as `facts`: they are read, not
 * stored again.
 */
import { careSymbol } from "./care-symbols"
import { checkCompositionForHs, checkConstructionForHs, type Construction } from "./classification"
import { canonicalFibre, fibreLabel } from "./fibres"
import type { CheckResult, Issue } from "./issues"
import { DESTINATIONS, checkHsCode, checkTariffOverride, type TariffOverrides } from "./tariff"

export type FibreShare = { fibre: string; percent: number }
export type CareText = { en: string; fr: string }

export type CustomsDetail = {
  composition: FibreShare[]
  construction: Construction
  /** One instruction per line, per language. */
  care_text: CareText
  /** Codes from CARE_SYMBOLS, e.g. "hand-wash", "do-not-bleach". */
  care_symbols: string[]
  tariff_overrides: TariffOverrides
  /** One unit in its retail packing (polybag, tissue, hang-tag), grams. */
  packed_weight_g: number | null
  packed_length_cm: number | null
  packed_width_cm: number | null
  packed_height_cm: number | null
}

/** What Medusa already holds for the variant. */
export type VariantFacts = { hs_code: string | null | undefined; weight?: number | null }

/** Sums within this are 100 %: 33.3 + 33.3 + 33.4 is not off by float noise. */
const PERCENT_TOLERANCE = 0.001
export const MAX_FIBRES = 10
/** Sanity limits: nothing AFESIP ships is near them, so a value past them is a typo. */
export const MAX_PACKED_WEIGHT_G = 30_000
export const MAX_DIMENSION_CM = 200

export function checkComposition(composition: readonly FibreShare[], construction: Construction, path = "composition"): Issue[] {
  if (composition.length === 0) {
    return construction === "not_textile"
      ? []
      : [{ path, code: "composition_empty", message: "Enter the fibre composition (generic fibre names with percentages)." }]
  }
  const issues: Issue[] = []
  if (composition.length > MAX_FIBRES) {
    issues.push({ path, code: "composition_too_long", message: `A composition lists at most ${MAX_FIBRES} fibres.` })
  }
  const seen = new Set<string>()
  composition.forEach((share, i) => {
    const key = canonicalFibre(share.fibre)
    if (!key) {
      issues.push({
        path: `${path}.${i}.fibre`,
        code: "fibre_unknown",
        message: `"${share.fibre}" is not a generic fibre name of Regulation (EU) 1007/2011 (e.g. silk, cotton, flax, viscose, polyester).`,
      })
    } else if (seen.has(key)) {
      issues.push({ path: `${path}.${i}.fibre`, code: "fibre_repeated", message: `${key} is listed twice: give each fibre once with its total share.` })
    } else {
      seen.add(key)
    }
    if (!Number.isFinite(share.percent) || share.percent < 1 || share.percent > 100) {
      issues.push({
        path: `${path}.${i}.percent`,
        code: "percent_range",
        message: `Each fibre's share is between 1 and 100 % (${share.fibre}: ${share.percent}).`,
      })
    }
  })
  const total = composition.reduce((sum, s) => sum + (Number.isFinite(s.percent) ? s.percent : 0), 0)
  if (Math.abs(total - 100) > PERCENT_TOLERANCE) {
    issues.push({ path, code: "composition_sum", message: `The composition adds up to ${round(total)} %, not 100 %.` })
  }
  return issues
}

export function checkCare(detail: Pick<CustomsDetail, "care_text" | "care_symbols" | "construction">): Issue[] {
  const issues: Issue[] = []
  const unknown = detail.care_symbols.filter((c) => !careSymbol(c))
  for (const code of unknown) {
    issues.push({ path: "care_symbols", code: "care_symbol_unknown", message: `"${code}" is not a care symbol code.` })
  }
  const byGroup = new Map<string, string[]>()
  for (const code of new Set(detail.care_symbols)) {
    const symbol = careSymbol(code)
    if (symbol) byGroup.set(symbol.group, [...(byGroup.get(symbol.group) ?? []), code])
  }
  for (const [group, codes] of byGroup) {
    if (codes.length > 1) {
      issues.push({
        path: "care_symbols",
        code: "care_symbol_conflict",
        message: `Choose one ${group.replace(/_/g, " ")} symbol, not ${codes.join(" and ")}.`,
      })
    }
  }
  if ((detail.construction === "woven" || detail.construction === "knitted") && !detail.care_text.en.trim()) {
    issues.push({ path: "care_text.en", code: "care_missing", message: "Garments need care instructions (at least in English)." })
  }
  return issues
}

export function checkPacking(detail: Pick<CustomsDetail, "packed_weight_g" | "packed_length_cm" | "packed_width_cm" | "packed_height_cm">): Issue[] {
  const issues: Issue[] = []
  const w = detail.packed_weight_g
  if (w !== null && (!Number.isFinite(w) || w <= 0 || w > MAX_PACKED_WEIGHT_G)) {
    issues.push({ path: "packed_weight_g", code: "weight_range", message: `The packed weight must be more than 0 g and at most ${MAX_PACKED_WEIGHT_G} g (got ${w}).` })
  }
  const dims = { packed_length_cm: detail.packed_length_cm, packed_width_cm: detail.packed_width_cm, packed_height_cm: detail.packed_height_cm }
  const given = Object.values(dims).filter((d) => d !== null)
  if (given.length > 0 && given.length < 3) {
    issues.push({ path: "packed_length_cm", code: "dimensions_partial", message: "Give all three packed dimensions (length, width, height) or none." })
  }
  for (const [key, d] of Object.entries(dims)) {
    if (d !== null && (!Number.isFinite(d) || d <= 0 || d > MAX_DIMENSION_CM)) {
      issues.push({ path: key, code: "dimension_range", message: `Packed dimensions must be more than 0 cm and at most ${MAX_DIMENSION_CM} cm (${key.replace("packed_", "").replace("_cm", "")}: ${d}).` })
    }
  }
  return issues
}

/** Every rule for one variant: errors block the save, warnings are shown. */
export function checkCustomsDetail(detail: CustomsDetail, facts: VariantFacts): CheckResult {
  const hs = facts.hs_code ?? ""
  const hsIssues = checkHsCode(hs)
  const errors: Issue[] = [
    ...hsIssues,
    ...checkComposition(detail.composition, detail.construction),
    ...(hsIssues.length ? [] : checkConstructionForHs(hs, detail.construction)),
    ...checkCare(detail),
    ...checkPacking(detail),
  ]
  for (const destination of Object.keys(detail.tariff_overrides ?? {})) {
    if (!(DESTINATIONS as readonly string[]).includes(destination)) {
      errors.push({ path: `tariff_overrides.${destination}`, code: "override_destination", message: `Tariff lines are kept for ${DESTINATIONS.join(", ")}, not ${destination}.` })
      continue
    }
    const override = detail.tariff_overrides[destination as keyof TariffOverrides]
    if (override) errors.push(...checkTariffOverride(destination as keyof TariffOverrides, override, hs))
  }
  const warnings: Issue[] = hsIssues.length ? [] : checkCompositionForHs(hs, normaliseComposition(detail.composition))
  const net = facts.weight ?? null
  if (detail.packed_weight_g !== null && net !== null && net > 0 && detail.packed_weight_g < net) {
    warnings.push({
      path: "packed_weight_g",
      code: "packed_lighter_than_net",
      message: `The packed weight (${detail.packed_weight_g} g) is less than the piece's own weight in Medusa (${net} g).`,
    })
  }
  return { errors, warnings }
}

/** Fibre names as stored (Annex I names, aliases resolved), largest share first. */
export function normaliseComposition(composition: readonly FibreShare[]): FibreShare[] {
  return composition
    .map((s) => ({ fibre: canonicalFibre(s.fibre) ?? s.fibre.trim().toLowerCase(), percent: s.percent }))
    .sort((a, b) => b.percent - a.percent)
}

/** "55% silk, 45% cotton" / "55 % soie, 45 % coton": the wording the catalog and the storefront use. */
export function describeComposition(composition: readonly FibreShare[], locale: "en" | "fr" = "en"): string {
  const percent = locale === "fr" ? " %" : "%"
  return normaliseComposition(composition)
    .map((s) => `${round(s.percent)}${percent} ${fibreLabel(s.fibre)[locale]}`)
    .join(", ")
}

const round = (n: number) => Math.round(n * 100) / 100
