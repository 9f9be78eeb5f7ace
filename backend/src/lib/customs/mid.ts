/**
 * The US Manufacturer Identification Code (MID), built from the name and
 * address of the entity that performs the origin-conferring operation, by the
 * rules CBP publishes in the appendix to 19 CFR Part 102 ("Textile and Apparel
 * Manufacturer Identification"). Required on US entries of textiles and
 * apparel (HTS chapters 50–63). At most 15 characters, no spaces:
 *
 *   country (ISO alpha-2; Canada uses its province code)
 * + first 3 characters of each of the first two words of the name
 *   (one word only → its first 3 characters)
 * + first 4 digits of the largest number in the street address
 * + first 3 letters of the city.
 *
 * Name words, as CBP defines them:
 * - the English words "a", "an", "and", "of", "the" are ignored;
 * - two or more initials together are one word ("A.B.C. Company" → ABCCOM,
 *   "Shavings B L Inc." → SHABL); a lone initial is skipped
 *   ("Thomas S. Delvaux" → THODEL);
 * - a hyphenated name is one word ("Rawles-Aden Corp." → RAWCOR);
 * - punctuation (periods, commas, apostrophes, &, /…) is ignored;
 * - numbers in the name count as words ("ABC 2000 Company" → ABC200).
 * Address numbers: the largest number on the street address lines (postal
 * code excluded) gives its first four digits ("Suite 1304" beats "236");
 * ordinals that are street names ("250th St") are not numbers. No number → no
 * digits. City: its letters only ("St. Louis" → STL, "Phnom Penh" → PHN).
 */

export type MidInput = {
  /** ISO 3166-1 alpha-2 of the country of origin (where the goods are made). */
  country_code: string
  /** The manufacturer's legal name. */
  name: string
  /** Street address lines, without city or postal code. */
  address_lines: readonly (string | null | undefined)[]
  city: string
  /** Needed only for Canada, whose MIDs start with a province code. */
  province?: string | null
}

export type MidParts = { country: string; name: string; number: string; city: string }
export type MidResult = { ok: true; mid: string; parts: MidParts } | { ok: false; error: string }

export const MID_MAX_LENGTH = 15

const CANADIAN_PROVINCES: Record<string, string> = {
  ALBERTA: "XA",
  "BRITISH COLUMBIA": "XC",
  MANITOBA: "XM",
  "NEW BRUNSWICK": "XB",
  NEWFOUNDLAND: "XW",
  "NEWFOUNDLAND AND LABRADOR": "XW",
  LABRADOR: "XW",
  "NORTHWEST TERRITORIES": "XT",
  "NOVA SCOTIA": "XN",
  NUNAVUT: "XV",
  ONTARIO: "XO",
  "PRINCE EDWARD ISLAND": "XP",
  QUEBEC: "XQ",
  SASKATCHEWAN: "XS",
  YUKON: "XY",
  "YUKON TERRITORY": "XY",
}

const IGNORED_WORDS = new Set(["AN", "AND", "OF", "THE"])

/** Upper case, Latin letters without accents: "Québec" → "QUEBEC". */
const fold = (text: string) => text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toUpperCase()

/** The words of a manufacturer's name as CBP counts them. */
export function midNameWords(name: string): string[] {
  const cleaned = fold(name)
    // Hyphenated names are one word, with or without spaces round the hyphen.
    .replace(/\s*[-\u2010\u2011]\s*/g, "")
    // Apostrophes join: O'Neil → ONEIL.
    .replace(/['\u2019\u02bc`]/g, "")
    // Periods separate initials (A.B.C.) and end abbreviations (Co.); everything else is a separator too.
    .replace(/[^A-Z0-9]+/g, " ")
  const tokens = cleaned.split(" ").filter(Boolean)
  const words: string[] = []
  let initials: string[] = []
  const flushInitials = () => {
    // Two or more initials together make one word; a lone initial (or the article "A") is skipped.
    if (initials.length >= 2) words.push(initials.join(""))
    initials = []
  }
  for (const token of tokens) {
    if (token.length === 1 && /[A-Z]/.test(token)) {
      initials.push(token)
      continue
    }
    flushInitials()
    if (!IGNORED_WORDS.has(token)) words.push(token)
  }
  flushInitials()
  return words
}

/** First four digits of the largest number on the street address lines, or "" when there is none. */
export function midAddressNumber(addressLines: readonly (string | null | undefined)[]): string {
  const text = fold(addressLines.filter(Boolean).join(" "))
  let best: bigint | null = null
  let bestDigits = ""
  for (const match of text.matchAll(/\d+/g)) {
    const after = text.slice(match.index! + match[0].length, match.index! + match[0].length + 2)
    // "250TH ST", "1ST AVENUE", "3RD FLOOR": ordinals name streets and floors; they are not address numbers.
    if (/^(ST|ND|RD|TH)(?![A-Z])/.test(after)) continue
    const digits = match[0].replace(/^0+(?=\d)/, "")
    const value = BigInt(digits)
    if (best === null || value > best) {
      best = value
      bestDigits = digits
    }
  }
  return bestDigits.slice(0, 4)
}

export function midCity(city: string): string {
  return fold(city).replace(/[^A-Z]/g, "").slice(0, 3)
}

export function buildMid(input: MidInput): MidResult {
  const country = fold(input.country_code).trim()
  if (!/^[A-Z]{2}$/.test(country)) return { ok: false, error: `"${input.country_code}" is not a two-letter ISO country code.` }
  let prefix = country
  if (country === "CA") {
    const province = CANADIAN_PROVINCES[fold(input.province ?? "").trim()] ?? (/^X[ABCMNOPQSTVWY]$/.test(fold(input.province ?? "")) ? fold(input.province!) : undefined)
    if (!province) return { ok: false, error: "Canadian MIDs start with the province code: give the province." }
    prefix = province
  }
  const words = midNameWords(input.name)
  if (words.length === 0) return { ok: false, error: "The manufacturer's name has no words the MID rule can use." }
  const name = words.slice(0, 2).map((w) => w.slice(0, 3)).join("")
  const number = midAddressNumber(input.address_lines)
  const city = midCity(input.city)
  if (!city) return { ok: false, error: "The city is needed for the MID." }
  const mid = `${prefix}${name}${number}${city}`.slice(0, MID_MAX_LENGTH)
  return { ok: true, mid, parts: { country: prefix, name, number, city } }
}

/** A hand-entered MID: upper-case letters and digits, 3–15 characters, starting with a country or province code. */
export function checkMidFormat(mid: string): string | null {
  if (!/^[A-Z]{2}[A-Z0-9]{1,13}$/.test(mid)) {
    return "An MID has 3 to 15 upper-case letters and digits, no spaces, and starts with the two-letter country code (e.g. KHAFEFAI598PHN)."
  }
  return null
}
