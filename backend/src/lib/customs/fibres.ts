/**
 * Generic fibre names a label may use, from Annex I of Regulation (EU) No
 * 1007/2011 on textile fibre names (English and French versions). A fibre is
 * stored by its `key` (the English name); `aliases` are names other markets
 * use for the same fibre (US Textile Act names such as rayon or spandex) and
 * are read as that fibre, never stored.
 */
export type FibreName = { key: string; en: string; fr: string; aliases?: readonly string[] }

export const FIBRE_NAMES: readonly FibreName[] = [
  { key: "wool", en: "wool", fr: "laine" },
  { key: "alpaca", en: "alpaca", fr: "alpaga" },
  { key: "llama", en: "llama", fr: "lama" },
  { key: "camel", en: "camel", fr: "chameau" },
  { key: "cashmere", en: "cashmere", fr: "cachemire" },
  { key: "mohair", en: "mohair", fr: "mohair" },
  { key: "angora", en: "angora", fr: "angora" },
  { key: "vicuna", en: "vicuna", fr: "vigogne" },
  { key: "yak", en: "yak", fr: "yack" },
  { key: "guanaco", en: "guanaco", fr: "guanaco" },
  { key: "cashgora", en: "cashgora", fr: "cashgora" },
  { key: "beaver", en: "beaver", fr: "castor" },
  { key: "otter", en: "otter", fr: "loutre" },
  { key: "animal hair", en: "animal hair", fr: "poil", aliases: ["horsehair"] },
  { key: "silk", en: "silk", fr: "soie" },
  { key: "cotton", en: "cotton", fr: "coton" },
  { key: "kapok", en: "kapok", fr: "kapok" },
  { key: "flax", en: "flax", fr: "lin", aliases: ["linen"] },
  { key: "hemp", en: "hemp", fr: "chanvre" },
  { key: "jute", en: "jute", fr: "jute" },
  { key: "abaca", en: "abaca", fr: "abaca" },
  { key: "alfa", en: "alfa", fr: "alfa" },
  { key: "coir", en: "coir", fr: "coco" },
  { key: "broom", en: "broom", fr: "genêt" },
  { key: "ramie", en: "ramie", fr: "ramie" },
  { key: "sisal", en: "sisal", fr: "sisal" },
  { key: "sunn", en: "sunn", fr: "sunn" },
  { key: "henequen", en: "henequen", fr: "henequen" },
  { key: "maguey", en: "maguey", fr: "maguey" },
  { key: "acetate", en: "acetate", fr: "acétate" },
  { key: "alginate", en: "alginate", fr: "alginate" },
  { key: "cupro", en: "cupro", fr: "cupro" },
  { key: "modal", en: "modal", fr: "modal" },
  { key: "protein", en: "protein", fr: "protéinique" },
  { key: "triacetate", en: "triacetate", fr: "triacétate" },
  { key: "viscose", en: "viscose", fr: "viscose", aliases: ["rayon"] },
  { key: "acrylic", en: "acrylic", fr: "acrylique" },
  { key: "chlorofibre", en: "chlorofibre", fr: "chlorofibre" },
  { key: "fluorofibre", en: "fluorofibre", fr: "fluorofibre" },
  { key: "modacrylic", en: "modacrylic", fr: "modacrylique" },
  { key: "polyamide", en: "polyamide", fr: "polyamide", aliases: ["nylon"] },
  { key: "aramid", en: "aramid", fr: "aramide" },
  { key: "polyimide", en: "polyimide", fr: "polyimide" },
  { key: "lyocell", en: "lyocell", fr: "lyocell" },
  { key: "polylactide", en: "polylactide", fr: "polylactide" },
  { key: "polyester", en: "polyester", fr: "polyester" },
  { key: "polyethylene", en: "polyethylene", fr: "polyéthylène" },
  { key: "polypropylene", en: "polypropylene", fr: "polypropylène" },
  { key: "polycarbamide", en: "polycarbamide", fr: "polycarbamide" },
  { key: "polyurethane", en: "polyurethane", fr: "polyuréthane" },
  { key: "vinylal", en: "vinylal", fr: "vinylal" },
  { key: "trivinyl", en: "trivinyl", fr: "trivinyl" },
  { key: "elastodiene", en: "elastodiene", fr: "élastodiène" },
  { key: "elastane", en: "elastane", fr: "élasthanne", aliases: ["spandex"] },
  { key: "glass fibre", en: "glass fibre", fr: "verre textile" },
  { key: "elastomultiester", en: "elastomultiester", fr: "élastomultiester" },
  { key: "elastolefin", en: "elastolefin", fr: "élastoléfine" },
  { key: "melamine", en: "melamine", fr: "mélamine" },
  { key: "polyacrylate", en: "polyacrylate", fr: "polyacrylate" },
  { key: "metal fibre", en: "metal fibre", fr: "fibre métallique", aliases: ["metallic fibre", "metallised fibre"] },
  // Art. 9(3): fibres under 5 % each (or together) may be declared as "other fibres".
  { key: "other fibres", en: "other fibres", fr: "autres fibres" },
]

const normalise = (name: string) => name.trim().toLowerCase().replace(/\s+/g, " ")

const BY_NAME = new Map<string, FibreName>(
  FIBRE_NAMES.flatMap((f) => [f.key, ...(f.aliases ?? [])].map((n) => [normalise(n), f] as const))
)

/** The stored key for a fibre name or alias ("Linen" → "flax"), or null when it is not a generic name. */
export function canonicalFibre(name: string): string | null {
  return BY_NAME.get(normalise(name))?.key ?? null
}

export function fibreLabel(key: string): { en: string; fr: string } {
  const f = BY_NAME.get(normalise(key))
  return f ? { en: f.en, fr: f.fr } : { en: key, fr: key }
}
