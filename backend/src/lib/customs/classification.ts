/**
 * Whether a variant's HS code agrees with how its fabric is made.
 *
 * Garments and clothing accessories are split by construction: chapter 61 is
 * knitted or crocheted, chapter 62 is not knitted (woven). So a woven silk
 * scarf is 6214 and a knitted one 6117; a woven dress 6204 and a knitted one
 * 6104. Bags (heading 4202) are not garments: any construction may be
 * classified there. Chapters 50–63 are textiles and need a textile construction.
 */
import type { Issue } from "./issues"
import { digitsOf, formatHs } from "./tariff"

export const CONSTRUCTIONS = ["woven", "knitted", "other", "not_textile"] as const
/**
 * - woven / knitted: decide chapter 62 vs 61 for garments;
 * - other: a textile article whose knit or weave does not decide its heading
 *   (bags of 4202 with a textile outer, made-up articles of chapter 63);
 * - not_textile: no textile fibres (e.g. a leather or metal accessory).
 */
export type Construction = (typeof CONSTRUCTIONS)[number]

/** Woven headings of chapter 62 and the knitted heading of chapter 61 that covers the same goods. */
const KNITTED_EQUIVALENT: Record<string, string> = {
  "6201": "6101", "6202": "6102", "6203": "6103", "6204": "6104", "6205": "6105", "6206": "6106",
  "6207": "6107", "6208": "6108", "6209": "6111", "6210": "6113", "6211": "6114",
  "6214": "6117", "6215": "6117", "6216": "6116", "6217": "6117",
}
const WOVEN_EQUIVALENT: Record<string, string> = {
  "6101": "6201", "6102": "6202", "6103": "6203", "6104": "6204", "6105": "6205", "6106": "6206",
  "6107": "6207", "6108": "6208", "6111": "6209", "6113": "6210", "6114": "6211", "6116": "6216",
  "6117": "6214 (scarves and shawls) or 6217",
}
/** Chapter 62 headings that cover knitted goods too ("whether or not knitted or crocheted"). */
const EITHER_CONSTRUCTION = new Set(["6212"])

const isTextileChapter = (chapter: number) => chapter >= 50 && chapter <= 63

/** Garments and clothing accessories, the lines where knitted vs woven decides the chapter. */
export const isGarmentChapter = (hsCode: string) => ["61", "62"].includes(digitsOf(hsCode).slice(0, 2))

export function checkConstructionForHs(hsCode: string, construction: Construction, path = "construction"): Issue[] {
  const hs = digitsOf(hsCode)
  if (!/^\d{6}$/.test(hs)) return []
  const chapter = Number(hs.slice(0, 2))
  const heading = hs.slice(0, 4)
  if (chapter === 61 && construction !== "knitted") {
    const woven = WOVEN_EQUIVALENT[heading]
    return [
      {
        path,
        code: "chapter_construction",
        message: `HS ${formatHs(hs)} is in chapter 61 (knitted or crocheted garments), so the construction must be knitted, not ${label(construction)}.${woven ? ` Woven goods of this kind are heading ${woven}.` : ""}`,
      },
    ]
  }
  if (chapter === 62 && construction !== "woven" && !(EITHER_CONSTRUCTION.has(heading) && construction === "knitted")) {
    const knitted = KNITTED_EQUIVALENT[heading]
    return [
      {
        path,
        code: "chapter_construction",
        message: `HS ${formatHs(hs)} is in chapter 62 (garments not knitted), so the construction must be woven, not ${label(construction)}.${knitted && construction === "knitted" ? ` Knitted goods of this kind are heading ${knitted}.` : ""}`,
      },
    ]
  }
  if (isTextileChapter(chapter) && construction === "not_textile") {
    return [
      {
        path,
        code: "chapter_construction",
        message: `HS ${formatHs(hs)} is a textile chapter (50–63): choose woven, knitted or other textile, not "not textile".`,
      },
    ]
  }
  return []
}

const label = (c: Construction) => (c === "not_textile" ? "not textile" : c)

/**
 * Subheadings split by the fibre that predominates by weight. A composition
 * that does not match is classified elsewhere: a warning, since staff may know
 * better (e.g. weights of lining vs shell), never a block.
 */
const PREDOMINANT_FIBRE: Record<string, { fibres: string[]; name: string }> = {
  "620442": { fibres: ["cotton"], name: "cotton" },
  "620443": { fibres: ["polyester", "polyamide", "acrylic", "polypropylene", "elastane"], name: "synthetic fibres" },
  "620444": { fibres: ["viscose", "modal", "lyocell", "cupro", "acetate", "triacetate"], name: "artificial fibres" },
  "620610": { fibres: ["silk"], name: "silk" },
  "620630": { fibres: ["cotton"], name: "cotton" },
  "620520": { fibres: ["cotton"], name: "cotton" },
  "621410": { fibres: ["silk"], name: "silk" },
  "621420": { fibres: ["wool", "cashmere", "alpaca", "mohair", "camel", "angora"], name: "wool or fine animal hair" },
  "621320": { fibres: ["cotton"], name: "cotton" },
}

export function checkCompositionForHs(hsCode: string, composition: readonly { fibre: string; percent: number }[], path = "composition"): Issue[] {
  const rule = PREDOMINANT_FIBRE[digitsOf(hsCode)]
  if (!rule || composition.length === 0) return []
  const top = [...composition].sort((a, b) => b.percent - a.percent)[0]
  if (rule.fibres.includes(top.fibre)) return []
  return [
    {
      path,
      code: "composition_subheading",
      message: `HS ${formatHs(hsCode)} is for goods of ${rule.name}, but ${top.fibre} predominates (${top.percent} %). Check the subheading.`,
    },
  ]
}
