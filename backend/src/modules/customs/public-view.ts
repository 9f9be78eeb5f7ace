import { careSymbol, describeComposition, fibreLabel, sortCareSymbols, type FibreShare } from "../../lib/customs"

/**
 * What the store may show of a variant's customs data: the label a buyer must
 * see before paying (fibre composition with generic names, care, country of
 * origin). Tariff lines, packed figures and anything else stay in the Admin.
 */
export type PublicVariantLabel = {
  variant_id: string
  sku: string | null
  composition: { fibre: string; percent: number; name: { en: string; fr: string } }[]
  composition_text: { en: string; fr: string }
  construction: string
  care: { text: { en: string; fr: string }; symbols: { code: string; label: { en: string; fr: string } }[] }
  origin_country: string | null
}

export const PUBLIC_LABEL_KEYS = ["care", "composition", "composition_text", "construction", "origin_country", "sku", "variant_id"] as const

type Row = Record<string, any>

export function toPublicLabel(variant: Row, productOrigin: string | null | undefined): PublicVariantLabel | null {
  const detail = variant.customs_detail as Row | null | undefined
  if (!detail) return null
  const composition = (detail.composition ?? []) as FibreShare[]
  const careText = (detail.care_text ?? {}) as { en?: string; fr?: string }
  const origin = (variant.origin_country || productOrigin || null) as string | null
  return {
    variant_id: variant.id,
    sku: variant.sku ?? null,
    composition: composition.map((s) => ({ fibre: s.fibre, percent: s.percent, name: fibreLabel(s.fibre) })),
    composition_text: { en: describeComposition(composition, "en"), fr: describeComposition(composition, "fr") },
    construction: detail.construction,
    care: {
      text: { en: careText.en ?? "", fr: careText.fr ?? "" },
      symbols: sortCareSymbols((detail.care_symbols ?? []) as string[]).map((code) => {
        const symbol = careSymbol(code)!
        return { code, label: { en: symbol.en, fr: symbol.fr } }
      }),
    },
    origin_country: origin ? origin.toUpperCase() : null,
  }
}
