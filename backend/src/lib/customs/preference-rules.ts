/**
 * Which destinations grant preferential (duty-free) treatment to goods of
 * Cambodian origin, for which tariff lines, and from when. Trade rules change:
 * this file is data, dated, with its sources, and `preferenceFor`
 * (preference.ts) only reads it. Change a rule by adding a row with a new
 * `valid_from` (and closing the old one with `valid_to`), never by editing
 * logic. Dates are inclusive, ISO yyyy-mm-dd.
 *
 * ⚠ Verify before launch (docs/export-paperwork.md lists the open items):
 * the exact garment and footwear lines the EU withdrew on 12 Aug 2020 (Annex of
 * Commission Delegated Regulation (EU) 2020/550) are NOT in this table yet, so
 * garment lines to the EU carry a caution; and HMRC's current proof-of-origin
 * format for UK DCTS.
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
      {
        id: "eu-eba-kh-2020-travel-goods",
        prefix: "4202",
        valid_from: "2020-08-12",
        description: "Travel goods, handbags and similar containers (heading 4202)",
        source: "Commission Delegated Regulation (EU) 2020/550 (partial withdrawal for Cambodia, in force 12 Aug 2020)",
      },
      {
        id: "eu-eba-kh-2020-sugar",
        prefix: "1701",
        valid_from: "2020-08-12",
        description: "Cane or beet sugar (heading 1701)",
        source: "Commission Delegated Regulation (EU) 2020/550 (partial withdrawal for Cambodia, in force 12 Aug 2020)",
      },
    ],
    cautions: [
      {
        id: "eu-eba-kh-2020-garments-unverified",
        prefixes: ["61", "62"],
        valid_from: "2020-08-12",
        message:
          "The EU withdrew duty-free access for some Cambodian garment lines on 12 Aug 2020 (Annex of Delegated Regulation (EU) 2020/550). This store's table does not list those lines yet: check the line's CN code against the Annex before the origin statement is relied on.",
      },
      {
        id: "eu-eba-kh-2020-footwear-unverified",
        prefixes: ["64"],
        valid_from: "2020-08-12",
        message: "Some footwear lines were withdrawn on 12 Aug 2020 (Delegated Regulation (EU) 2020/550); check the CN code against the Annex.",
      },
    ],
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
