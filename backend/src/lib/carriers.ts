/**
 * The carriers AFESIP hands parcels to at the Phnom Penh export centre, how
 * their tracking numbers look and where a buyer follows a parcel. Pure (no
 * Medusa imports): the Admin API validates with it and the Admin widget uses
 * the same list for its form. See docs/shipping.md, "Shipping an order".
 *
 * The checks are deliberately permissive: they catch a number typed into the
 * wrong carrier or with a digit missing, not every rule of each carrier.
 * Spaces and hyphens are removed and letters upper-cased before checking.
 */

export const CARRIER_CODES = ["dhl_express", "fedex", "ups", "ems", "other"] as const
export type CarrierCode = (typeof CARRIER_CODES)[number]

export type Carrier = {
  code: CarrierCode
  /** The name buyers see in the shipping email and staff in the Admin. */
  name: string
  /** The number's format, as staff are told when it does not match. */
  format: string
  example: string
  /** Checks a normalised number; absent for "Other". */
  pattern?: RegExp
  /** The public tracking page for a normalised number; absent for "Other" (staff may give one). */
  trackingUrl?: (trackingNumber: string) => string
}

/**
 * UPU Global Track & Trace, run for the Universal Postal Union: it follows
 * EMS and other S10-numbered items of every post, Cambodia Post's included.
 * Its search page takes the number in a form, not in the address, so the
 * link opens the search and the email shows the number next to it.
 */
export const UPU_TRACK_AND_TRACE_URL = "https://globaltracktrace.ptc.post/gtt.web/Search.aspx"

export const CARRIERS: Record<CarrierCode, Carrier> = {
  dhl_express: {
    code: "dhl_express",
    name: "DHL Express",
    format: "10 digits (the waybill number)",
    example: "1234567890",
    pattern: /^\d{10}$/,
    trackingUrl: (n) => `https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=${encodeURIComponent(n)}`,
  },
  fedex: {
    code: "fedex",
    name: "FedEx",
    format: "12, 15 or 20 digits",
    example: "123456789012",
    pattern: /^(\d{12}|\d{15}|\d{20})$/,
    trackingUrl: (n) => `https://www.fedex.com/fedextrack/?trknbr=${encodeURIComponent(n)}`,
  },
  ups: {
    code: "ups",
    name: "UPS",
    format: '"1Z" followed by 16 letters or digits',
    example: "1Z999AA10123456784",
    pattern: /^1Z[0-9A-Z]{16}$/,
    trackingUrl: (n) => `https://www.ups.com/track?tracknum=${encodeURIComponent(n)}`,
  },
  ems: {
    code: "ems",
    name: "EMS (Cambodia Post)",
    format: "2 letters, 9 digits, 2 letters (UPU S10)",
    example: "EE123456789KH",
    pattern: /^[A-Z]{2}\d{9}[A-Z]{2}$/,
    trackingUrl: () => UPU_TRACK_AND_TRACE_URL,
  },
  other: {
    code: "other",
    name: "Other",
    format: "3 to 64 letters, digits, spaces, hyphens, dots or slashes",
    example: "AB-12345",
  },
}

export const CARRIER_LIST: Carrier[] = CARRIER_CODES.map((code) => CARRIERS[code])

export const isCarrierCode = (value: unknown): value is CarrierCode =>
  typeof value === "string" && (CARRIER_CODES as readonly string[]).includes(value)

/** What staff may type for "Other" (kept as typed, apart from the outer spaces). */
const OTHER_NUMBER = /^[A-Za-z0-9](?:[A-Za-z0-9 .\/-]{1,62})[A-Za-z0-9]$/
export const MAX_CARRIER_NAME = 80
export const MAX_TRACKING_URL = 500

/** The number as it is checked and stored: known carriers without spaces or hyphens, upper case. */
export function normalizeTrackingNumber(code: CarrierCode, raw: string): string {
  const trimmed = raw.trim()
  if (code === "other") return trimmed.replace(/\s+/g, " ")
  return trimmed.replace(/[\s-]+/g, "").toUpperCase()
}

export type TrackingCheck = { ok: true; tracking_number: string } | { ok: false; message: string }

export function checkTrackingNumber(code: CarrierCode, raw: string): TrackingCheck {
  const carrier = CARRIERS[code]
  const tracking_number = normalizeTrackingNumber(code, raw ?? "")
  if (!tracking_number) return { ok: false, message: "Enter the tracking number." }
  const valid = carrier.pattern ? carrier.pattern.test(tracking_number) : OTHER_NUMBER.test(tracking_number)
  if (valid) return { ok: true, tracking_number }
  const label = code === "other" ? "Tracking numbers" : `${carrier.name} tracking numbers`
  return { ok: false, message: `${label} are ${carrier.format}, e.g. ${carrier.example}; "${tracking_number}" is not.` }
}

/** The public tracking page of a known carrier's number; null for "Other". */
export function trackingUrlFor(code: CarrierCode, trackingNumber: string): string | null {
  return CARRIERS[code].trackingUrl?.(trackingNumber) ?? null
}

/** True for an absolute http(s) address (the only links the emails and the storefront use). */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === "https:" || url.protocol === "http:") && !!url.hostname
  } catch {
    return false
  }
}

export type ShipmentCarrierInput = {
  carrier: CarrierCode
  carrier_name?: string | null
  tracking_number: string
  tracking_url?: string | null
}

export type ShipmentCarrier = {
  carrier_code: CarrierCode
  /** "DHL Express", or the name staff typed for "Other". */
  carrier_name: string
  tracking_number: string
  /** The public tracking page; "" when "Other" has none. */
  tracking_url: string
}

export type ShipmentCarrierIssue = { path: keyof ShipmentCarrierInput; message: string }

/**
 * Checks a carrier + tracking number pair as staff enter it and returns what
 * is stored: the carrier's name, the normalised number and its tracking link.
 */
export function resolveShipmentCarrier(
  input: ShipmentCarrierInput
): { ok: true; value: ShipmentCarrier } | { ok: false; issues: ShipmentCarrierIssue[] } {
  const issues: ShipmentCarrierIssue[] = []
  if (!isCarrierCode(input.carrier)) {
    return { ok: false, issues: [{ path: "carrier", message: `Choose a carrier: ${CARRIER_CODES.join(", ")}.` }] }
  }
  const carrier = CARRIERS[input.carrier]
  const name = input.carrier_name?.trim() ?? ""
  const url = input.tracking_url?.trim() ?? ""

  if (carrier.code === "other") {
    if (!name) issues.push({ path: "carrier_name", message: 'Name the carrier when it is "Other".' })
    else if (name.length > MAX_CARRIER_NAME) issues.push({ path: "carrier_name", message: `The carrier's name is at most ${MAX_CARRIER_NAME} characters.` })
    if (url && (url.length > MAX_TRACKING_URL || !isHttpUrl(url))) {
      issues.push({ path: "tracking_url", message: "The tracking link must be a full http(s) address, e.g. https://carrier.example/track?n=AB-12345." })
    }
  } else {
    if (name) issues.push({ path: "carrier_name", message: `A carrier name is only given with "Other"; ${carrier.name} is named already.` })
    if (url) issues.push({ path: "tracking_url", message: `A tracking link is only given with "Other"; the ${carrier.name} link is built from the number.` })
  }

  const number = checkTrackingNumber(carrier.code, input.tracking_number ?? "")
  if (!number.ok) issues.push({ path: "tracking_number", message: number.message })

  if (issues.length || !number.ok) return { ok: false, issues }
  return {
    ok: true,
    value: {
      carrier_code: carrier.code,
      carrier_name: carrier.code === "other" ? name : carrier.name,
      tracking_number: number.tracking_number,
      tracking_url: carrier.code === "other" ? url : (trackingUrlFor(carrier.code, number.tracking_number) ?? ""),
    },
  }
}
