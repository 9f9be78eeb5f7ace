/**
 * Care symbols in the five groups of ISO 3758 (washing, bleaching, drying,
 * ironing, professional care), with our own stable codes. A label carries at
 * most one symbol per `group`; drying has two groups (tumble and natural) and
 * professional care two (dry cleaning and wet cleaning), as on the standard's
 * label. Labels are short descriptions for staff and screen readers, not the
 * standard's wording.
 */
export type CareGroup = "washing" | "bleaching" | "tumble_drying" | "natural_drying" | "ironing" | "dry_cleaning" | "wet_cleaning"

export type CareSymbol = { code: string; group: CareGroup; en: string; fr: string }

/** The order symbols are printed in on a label. */
export const CARE_GROUPS: readonly CareGroup[] = [
  "washing",
  "bleaching",
  "tumble_drying",
  "natural_drying",
  "ironing",
  "dry_cleaning",
  "wet_cleaning",
]

export const CARE_SYMBOLS: readonly CareSymbol[] = [
  { code: "wash-95", group: "washing", en: "Wash at 95 °C", fr: "Lavage à 95 °C" },
  { code: "wash-70", group: "washing", en: "Wash at 70 °C", fr: "Lavage à 70 °C" },
  { code: "wash-60", group: "washing", en: "Wash at 60 °C", fr: "Lavage à 60 °C" },
  { code: "wash-60-mild", group: "washing", en: "Wash at 60 °C, mild process", fr: "Lavage à 60 °C, programme délicat" },
  { code: "wash-50", group: "washing", en: "Wash at 50 °C", fr: "Lavage à 50 °C" },
  { code: "wash-50-mild", group: "washing", en: "Wash at 50 °C, mild process", fr: "Lavage à 50 °C, programme délicat" },
  { code: "wash-40", group: "washing", en: "Wash at 40 °C", fr: "Lavage à 40 °C" },
  { code: "wash-40-mild", group: "washing", en: "Wash at 40 °C, mild process", fr: "Lavage à 40 °C, programme délicat" },
  { code: "wash-40-very-mild", group: "washing", en: "Wash at 40 °C, very mild process", fr: "Lavage à 40 °C, programme très délicat" },
  { code: "wash-30", group: "washing", en: "Wash at 30 °C", fr: "Lavage à 30 °C" },
  { code: "wash-30-mild", group: "washing", en: "Wash at 30 °C, mild process", fr: "Lavage à 30 °C, programme délicat" },
  { code: "wash-30-very-mild", group: "washing", en: "Wash at 30 °C, very mild process", fr: "Lavage à 30 °C, programme très délicat" },
  { code: "hand-wash", group: "washing", en: "Hand wash, 40 °C maximum", fr: "Lavage à la main, 40 °C maximum" },
  { code: "do-not-wash", group: "washing", en: "Do not wash", fr: "Ne pas laver" },
  { code: "bleach-any", group: "bleaching", en: "Any bleaching agent allowed", fr: "Tout agent de blanchiment autorisé" },
  { code: "bleach-non-chlorine", group: "bleaching", en: "Oxygen (non-chlorine) bleach only", fr: "Blanchiment à l'oxygène uniquement" },
  { code: "do-not-bleach", group: "bleaching", en: "Do not bleach", fr: "Ne pas blanchir" },
  { code: "tumble-dry-normal", group: "tumble_drying", en: "Tumble dry, normal temperature", fr: "Séchage en tambour, température normale" },
  { code: "tumble-dry-low", group: "tumble_drying", en: "Tumble dry, low temperature", fr: "Séchage en tambour, basse température" },
  { code: "do-not-tumble-dry", group: "tumble_drying", en: "Do not tumble dry", fr: "Ne pas sécher en tambour" },
  { code: "line-dry", group: "natural_drying", en: "Line dry", fr: "Séchage sur fil" },
  { code: "line-dry-shade", group: "natural_drying", en: "Line dry in the shade", fr: "Séchage sur fil à l'ombre" },
  { code: "drip-line-dry", group: "natural_drying", en: "Drip line dry", fr: "Séchage sur fil sans essorage" },
  { code: "dry-flat", group: "natural_drying", en: "Dry flat", fr: "Séchage à plat" },
  { code: "dry-flat-shade", group: "natural_drying", en: "Dry flat in the shade", fr: "Séchage à plat à l'ombre" },
  { code: "drip-dry-flat", group: "natural_drying", en: "Drip dry flat", fr: "Séchage à plat sans essorage" },
  { code: "iron-high", group: "ironing", en: "Iron at high temperature (200 °C)", fr: "Repassage à haute température (200 °C)" },
  { code: "iron-medium", group: "ironing", en: "Iron at medium temperature (150 °C)", fr: "Repassage à température moyenne (150 °C)" },
  { code: "iron-low", group: "ironing", en: "Iron at low temperature (110 °C), no steam", fr: "Repassage à basse température (110 °C), sans vapeur" },
  { code: "do-not-iron", group: "ironing", en: "Do not iron", fr: "Ne pas repasser" },
  { code: "dry-clean-p", group: "dry_cleaning", en: "Professional dry clean (P)", fr: "Nettoyage à sec professionnel (P)" },
  { code: "dry-clean-p-mild", group: "dry_cleaning", en: "Professional dry clean (P), mild process", fr: "Nettoyage à sec professionnel (P), procédé doux" },
  { code: "dry-clean-f", group: "dry_cleaning", en: "Professional dry clean in hydrocarbons (F)", fr: "Nettoyage à sec professionnel aux hydrocarbures (F)" },
  { code: "dry-clean-f-mild", group: "dry_cleaning", en: "Professional dry clean in hydrocarbons (F), mild process", fr: "Nettoyage à sec professionnel aux hydrocarbures (F), procédé doux" },
  { code: "do-not-dry-clean", group: "dry_cleaning", en: "Do not dry clean", fr: "Ne pas nettoyer à sec" },
  { code: "wet-clean-w", group: "wet_cleaning", en: "Professional wet clean (W)", fr: "Nettoyage professionnel à l'eau (W)" },
  { code: "wet-clean-w-mild", group: "wet_cleaning", en: "Professional wet clean (W), mild process", fr: "Nettoyage professionnel à l'eau (W), procédé doux" },
  { code: "wet-clean-w-very-mild", group: "wet_cleaning", en: "Professional wet clean (W), very mild process", fr: "Nettoyage professionnel à l'eau (W), procédé très doux" },
  { code: "do-not-wet-clean", group: "wet_cleaning", en: "Do not wet clean", fr: "Ne pas nettoyer à l'eau" },
]

const BY_CODE = new Map(CARE_SYMBOLS.map((s) => [s.code, s]))

export const careSymbol = (code: string): CareSymbol | undefined => BY_CODE.get(code)

/** Known codes in label order (washing first), without duplicates. */
export function sortCareSymbols(codes: readonly string[]): string[] {
  const known = [...new Set(codes)].filter((c) => BY_CODE.has(c))
  const rank = (c: string) => CARE_GROUPS.indexOf(BY_CODE.get(c)!.group) * 100 + CARE_SYMBOLS.indexOf(BY_CODE.get(c)!)
  return known.sort((a, b) => rank(a) - rank(b))
}
