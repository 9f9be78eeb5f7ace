/**
 * Whether a retail buyer's import duties and taxes are included in what she
 * pays at checkout (the parcel travels DDP) or due to the courier on delivery
 * (DAP). The checkout and the confirmation page say it (GET /store/duties);
 * an order's export profile starts from the same answer, so the invoice's
 * Incoterm is what the buyer was told.
 *
 * Import tax is collected at checkout only under the low-value schemes:
 * EU IOSS up to €150, UK VAT at sale up to £135, Australian GST up to A$1,000
 * (goods value, shipping excluded, in the scheme's currency). The US has no
 * de-minimis, so US parcels always owe duties on delivery. The schemes are
 * dated data: change one by closing it (`valid_to`) and adding a row.
 */
import { EU_MEMBER_STATES } from "./tariff"

export type DutiesOutcome = "included" | "due-on-delivery"

export type ImportTaxScheme = {
  id: string
  name: string
  /** ISO alpha-2 shipping countries (upper case). */
  countries: readonly string[]
  /** ISO 4217, lower case: the scheme only applies to carts priced in it. */
  currency: string
  /** The most a consignment's goods may be worth (major units, shipping excluded). */
  max_goods_value: number
  valid_from: string
  valid_to?: string | null
  source: string
}

export const IMPORT_TAX_SCHEMES: readonly ImportTaxScheme[] = [
  {
    id: "eu-ioss",
    name: "EU IOSS",
    countries: EU_MEMBER_STATES,
    currency: "eur",
    max_goods_value: 150,
    valid_from: "2021-07-01",
    source: "Council Directive (EU) 2017/2455 (VAT e-commerce package): Import One-Stop Shop for consignments up to €150",
  },
  {
    id: "uk-vat-at-sale",
    name: "UK VAT at sale",
    countries: ["GB"],
    currency: "gbp",
    max_goods_value: 135,
    valid_from: "2021-01-01",
    source: "HMRC: VAT on goods of £135 or less sold to UK customers, charged at the point of sale",
  },
  {
    id: "au-gst-low-value",
    name: "Australian GST at sale",
    countries: ["AU"],
    currency: "aud",
    max_goods_value: 1000,
    valid_from: "2018-07-01",
    source: "ATO: GST on low value imported goods (A$1,000 or less), collected by the vendor",
  },
]

export type DutiesQuery = {
  /** Shipping country, ISO alpha-2. */
  country_code: string
  currency: string
  /** The items' value (major units, tax excluded, shipping excluded). */
  goods_value: number
  /** An order's agreed Incoterm, when there is one: DDP includes everything, other rules leave import to the buyer. */
  incoterm?: string | null
  date?: Date | string
}

export type Duties = { outcome: DutiesOutcome; incoterm: "DDP" | "DAP" | string; scheme: string | null }

const isoDay = (d: Date | string) => (typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10))

export function dutiesFor(query: DutiesQuery): Duties {
  if (query.incoterm === "DDP") return { outcome: "included", incoterm: "DDP", scheme: null }
  if (query.incoterm && query.incoterm !== "DAP") return { outcome: "due-on-delivery", incoterm: query.incoterm, scheme: null }
  const country = query.country_code.trim().toUpperCase()
  const currency = query.currency.trim().toLowerCase()
  const day = isoDay(query.date ?? new Date())
  const scheme = IMPORT_TAX_SCHEMES.find(
    (s) => s.countries.includes(country) && s.valid_from <= day && (!s.valid_to || day <= s.valid_to)
  )
  if (scheme && scheme.currency === currency && Number.isFinite(query.goods_value) && query.goods_value <= scheme.max_goods_value) {
    return { outcome: "included", incoterm: "DDP", scheme: scheme.name }
  }
  return { outcome: "due-on-delivery", incoterm: "DAP", scheme: null }
}
