/**
 * Which destinations grant preferential (duty-free) treatment to goods of
 * Cambodian origin, for which tariff lines, and from when. Trade rules change:
 * this file is data, dated, with its sources, and `preferenceFor`
 * (preference.ts) only reads it. Change a rule by adding a row with a new
 * `valid_from` (and closing the old one with `valid_to`), never by editing
 * logic. Dates are inclusive, ISO yyyy-mm-dd.
 *
 * EU: the lines withdrawn from Cambodia on 12 Aug 2020 are every code in the
 * Annex of Commission Delegated Regulation (EU) 2020/550 (Annex IV to
 * Regulation (EU) No 978/2012, entry KH, column C; the same list is in its
 * recital 75). The Annex names HS headings (4 digits) and subheadings
 * (6 digits), never 8-digit CN lines, so a variant's 6-digit HS code always
 * decides. Sugar cane (1212 93) is on it; cane or beet sugar (1701) is not.
 *
 * ⚠ Verify before launch (docs/export-paperwork.md lists the open items):
 * HMRC's current proof-of-origin format for UK DCTS.
 */
import type { Destination } from "./tariff"

export type Exclusion = {
  id: string
  /** HS/CN digits the exclusion covers: "4202" covers every code starting 4202. */
  prefix: string
  valid_from: string
  valid_to?: string | null
  description: string
  source: string
}

/** Lines staff must check by hand before relying on the preference. */
export type Caution = { id: string; prefixes: string[]; valid_from: string; valid_to?: string | null; message: string }

export type PreferenceScheme = {
  id: string
  destination: Destination
  /** Country of origin the scheme covers (ISO alpha-2). */
  origin: string
  name: string
  valid_from: string
  valid_to: string | null
  /** What proves origin at import. */
  proof: string
  source: string
  exclusions: Exclusion[]
  cautions: Caution[]
  /** After this date the rule may change (e.g. LDC graduation): results carry a caution. */
  review_after?: string
  review_note?: string
}

/** Cambodia leaves the UN list of least developed countries on 19 Dec 2029 (UNGA A/79/L.49). */
const LDC_GRADUATION = "2029-12-19"
const LDC_NOTE =
  "Cambodia graduates from LDC status on 19 Dec 2029; LDC-based preferences end or change after any transition period. Check this rule."

/** The EU withdrew these lines from Cambodia's EBA (and general GSP) preferences on this day. */
const KH_WITHDRAWAL = "2020-08-12"
const KH_WITHDRAWAL_SOURCE =
  "Commission Delegated Regulation (EU) 2020/550, Annex (Reg. (EU) No 978/2012 Annex IV, Cambodia, column C), applicable from 12 Aug 2020: http://data.europa.eu/eli/reg_del/2020/550/oj"

/** One Annex entry: an HS heading (4 digits) or subheading (6 digits), as the Annex gives it. */
const withdrawn = (prefix: string, description: string): Exclusion => ({
  id: `eu-eba-kh-2020-${prefix}`,
  prefix,
  valid_from: KH_WITHDRAWAL,
  description,
  source: KH_WITHDRAWAL_SOURCE,
})

export const PREFERENCE_SCHEMES: readonly PreferenceScheme[] = [
  {
    id: "eu-gsp-eba",
    destination: "EU",
    origin: "KH",
    name: "EU GSP – Everything But Arms",
    valid_from: "2001-03-05",
    valid_to: null,
    proof: "Statement on origin on the invoice (REX system; Cambodia since 1 Jan 2019). A REX number is needed above €6,000 of originating goods per consignment.",
    source: "Regulation (EU) No 978/2012 (GSP), Annex IV; Commission Delegated Regulation (EU) 2020/550",
    exclusions: [
      withdrawn("121293", "Sugar cane (subheading 1212 93)"),
      withdrawn("420100", "Saddlery and harness for any animal (heading 4201)"),
      {
        id: "eu-eba-kh-2020-travel-goods",
        prefix: "4202",
        valid_from: KH_WITHDRAWAL,
        description: "Travel goods, handbags, wallets, purses and similar containers (heading 4202)",
        source: KH_WITHDRAWAL_SOURCE,
      },
      withdrawn("4203", "Articles of apparel and clothing accessories (belts, gloves and the like) of leather or composition leather (heading 4203)"),
      withdrawn("420500", "Other articles of leather or composition leather (heading 4205)"),
      withdrawn("420600", "Articles of gut, goldbeater's skin, bladders or tendons (heading 4206)"),
      // Chapter 61: knitted or crocheted
      withdrawn("610341", "Men's or boys' trousers, bib and brace overalls, breeches and shorts, knitted, of wool or fine animal hair (6103 41)"),
      withdrawn("610343", "Men's or boys' trousers, bib and brace overalls, breeches and shorts, knitted, of synthetic fibres (6103 43)"),
      withdrawn("610349", "Men's or boys' trousers, bib and brace overalls, breeches and shorts, knitted, of other textile materials (6103 49)"),
      withdrawn("6105", "Men's or boys' shirts, knitted (heading 6105)"),
      withdrawn("6107", "Men's or boys' underpants, briefs, nightshirts, pyjamas, bathrobes and dressing gowns, knitted (heading 6107)"),
      withdrawn("6109", "T-shirts, singlets and other vests, knitted, for anyone (heading 6109)"),
      withdrawn("611510", "Graduated compression hosiery, knitted (6115 10)"),
      withdrawn("611521", "Pantyhose and tights of synthetic fibres, under 67 decitex per single yarn, knitted (6115 21)"),
      withdrawn("611522", "Pantyhose and tights of synthetic fibres, 67 decitex or more per single yarn, knitted (6115 22)"),
      withdrawn("611529", "Pantyhose and tights of other textile materials, knitted (6115 29)"),
      withdrawn("611595", "Socks and other hosiery of cotton, knitted (6115 95)"),
      withdrawn("611596", "Socks and other hosiery of synthetic fibres, knitted (6115 96)"),
      withdrawn("611599", "Socks and other hosiery of other textile materials, knitted (6115 99)"),
      // Chapter 62: not knitted
      withdrawn("620341", "Men's or boys' trousers, bib and brace overalls, breeches and shorts, woven, of wool or fine animal hair (6203 41)"),
      withdrawn("620343", "Men's or boys' trousers, bib and brace overalls, breeches and shorts, woven, of synthetic fibres (6203 43)"),
      withdrawn("620349", "Men's or boys' trousers, bib and brace overalls, breeches and shorts, woven, of other textile materials (6203 49)"),
      withdrawn("6205", "Men's or boys' shirts, woven (heading 6205)"),
      withdrawn("6207", "Men's or boys' singlets and other vests, underpants, briefs, nightshirts, pyjamas, bathrobes and dressing gowns, woven (heading 6207)"),
      withdrawn("621132", "Other men's or boys' garments (e.g. tracksuits), woven, of cotton (6211 32)"),
      withdrawn("621133", "Other men's or boys' garments (e.g. tracksuits), woven, of man-made fibres (6211 33)"),
      withdrawn("621139", "Other men's or boys' garments (e.g. tracksuits), woven, of other textile materials (6211 39)"),
      withdrawn("621142", "Other women's or girls' garments (e.g. tracksuits), woven, of cotton (6211 42)"),
      withdrawn("621143", "Other women's or girls' garments (e.g. tracksuits), woven, of man-made fibres (6211 43)"),
      withdrawn("621149", "Other women's or girls' garments (e.g. tracksuits), woven, of other textile materials (6211 49)"),
      withdrawn("6212", "Brassieres, girdles, corsets, braces, suspenders, garters and similar articles, knitted or not (heading 6212)"),
      // Chapter 64: footwear
      withdrawn("640319", "Sports footwear (other than ski and snowboard boots) with uppers of leather (6403 19)"),
      withdrawn("640320", "Footwear with outer soles of leather and uppers of leather straps across the instep and around the big toe (6403 20)"),
      withdrawn("640340", "Footwear with uppers of leather and a protective metal toe-cap (6403 40)"),
      withdrawn("640351", "Footwear with outer soles and uppers of leather, covering the ankle (6403 51)"),
      withdrawn("640359", "Footwear with outer soles and uppers of leather, not covering the ankle (6403 59)"),
      withdrawn("640391", "Footwear with uppers of leather and outer soles of rubber, plastics or composition leather, covering the ankle (6403 91)"),
      withdrawn("640399", "Footwear with uppers of leather and outer soles of rubber, plastics or composition leather, not covering the ankle (6403 99)"),
      withdrawn("6405", "Other footwear (heading 6405)"),
      withdrawn("6406", "Parts of footwear, removable insoles, heel cushions, gaiters and leggings (heading 6406)"),
    ],
    cautions: [],
    review_after: LDC_GRADUATION,
    review_note: LDC_NOTE,
  },
  {
    id: "uk-gsp-ldc",
    destination: "UK",
    origin: "KH",
    name: "UK GSP – Least Developed Countries Framework",
    valid_from: "2021-01-01",
    valid_to: "2023-06-18",
    proof: "Statement on origin by the exporter (⚠ verify the format HMRC accepts).",
    source: "UK Trade Preference Scheme (EU Exit) Regulations 2020",
    exclusions: [],
    cautions: [],
  },
  {
    id: "uk-dcts-comprehensive",
    destination: "UK",
    origin: "KH",
    name: "UK DCTS – Comprehensive Preferences",
    valid_from: "2023-06-19",
    valid_to: null,
    proof: "Statement on origin by the exporter (⚠ verify the format HMRC accepts today).",
    source: "UK Developing Countries Trading Scheme, Comprehensive Preferences (duty-free, quota-free for LDCs), from 19 Jun 2023",
    exclusions: [],
    cautions: [],
    review_after: LDC_GRADUATION,
    review_note: LDC_NOTE,
  },
  {
    id: "au-ldc",
    destination: "AU",
    origin: "KH",
    name: "Australian System of Tariff Preferences – LDC duty- and quota-free access",
    valid_from: "2003-07-01",
    valid_to: null,
    proof:
      "Origin declaration by the manufacturer: last process of manufacture in Cambodia and at least 50 % of the factory cost qualifying content; keep the cost records.",
    source: "Customs Act 1901 (Cth) LDC rules of origin; WTO WT/COMTD/N/18",
    exclusions: [],
    cautions: [],
    review_after: LDC_GRADUATION,
    review_note: LDC_NOTE,
  },
]

/** Destinations with no preference for these goods, and why: the answer is data too. */
export const NO_PREFERENCE: Partial<Record<Destination, { reason: string; source: string }>> = {
  US: {
    reason: "The US grants no preference to Cambodian garments or textile goods (GSP never covered most apparel and lapsed on 31 Dec 2020): MFN duty applies.",
    source: "19 U.S.C. 2463(b)(1)(A); GSP authorisation expired 31 Dec 2020",
  },
}
