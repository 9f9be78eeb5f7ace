/**
 * Whether a line may carry a preferential origin statement, read from the
 * dated rules in preference-rules.ts, and the EU's €6,000 REX threshold.
 */
import { NO_PREFERENCE, PREFERENCE_SCHEMES, type PreferenceScheme } from "./preference-rules"
import { digitsOf, formatHs, type Destination } from "./tariff"

export type PreferenceQuery = {
  destination: Destination | null
  /** The variant's 6-digit HS code. */
  hs_code: string
  /** The destination's own line (e.g. the EU CN code) when known: exclusions may be finer than 6 digits. */
  tariff_code?: string | null
  /** The date that counts (invoice or export date): a Date or "yyyy-mm-dd". */
  date: Date | string
  /** Country of origin; AFESIP's goods are "KH". */
  origin?: string
}

export type Preference = {
  eligible: boolean
  /** The scheme's id (e.g. "eu-gsp-eba"), or null when none applies. */
  scheme: string | null
  scheme_name: string | null
  reason: string
  /** What proves origin, when eligible. */
  proof: string | null
  /** Something staff should check before relying on an eligible answer. */
  caution: string | null
  /** The exclusion or caution rows that decided the answer, for the record. */
  rule_ids: string[]
}

const isoDay = (date: Date | string) => (typeof date === "string" ? date.slice(0, 10) : date.toISOString().slice(0, 10))
const inForce = (day: string, from: string, to?: string | null) => from <= day && (!to || day <= to)

export function preferenceFor(query: PreferenceQuery, schemes: readonly PreferenceScheme[] = PREFERENCE_SCHEMES): Preference {
  const day = isoDay(query.date)
  const origin = (query.origin ?? "KH").toUpperCase()
  const none = (reason: string, extra: Partial<Preference> = {}): Preference => ({
    eligible: false,
    scheme: null,
    scheme_name: null,
    reason,
    proof: null,
    caution: null,
    rule_ids: [],
    ...extra,
  })
  if (!query.destination) return none("No preference rule is kept for this destination: goods pay the destination's normal duty.")

  const scheme = schemes
    .filter((s) => s.destination === query.destination && s.origin === origin && inForce(day, s.valid_from, s.valid_to))
    .sort((a, b) => b.valid_from.localeCompare(a.valid_from))[0]
  if (!scheme) {
    const known = NO_PREFERENCE[query.destination]
    return none(known?.reason ?? `No preference scheme for goods of ${origin} origin into the ${query.destination} on ${day}.`)
  }

  const hs = digitsOf(query.hs_code)
  const national = query.tariff_code ? digitsOf(query.tariff_code) : ""
  const code = national.startsWith(hs) ? national : hs
  const base = { scheme: scheme.id, scheme_name: scheme.name }

  for (const exclusion of scheme.exclusions.filter((e) => inForce(day, e.valid_from, e.valid_to))) {
    if (code.startsWith(exclusion.prefix)) {
      return none(`${exclusion.description} lost ${scheme.name} preference on ${exclusion.valid_from} (${exclusion.source}).`, {
        ...base,
        rule_ids: [exclusion.id],
      })
    }
    if (exclusion.prefix.startsWith(code)) {
      return none(
        `Some lines under ${formatHs(code)} lost ${scheme.name} preference on ${exclusion.valid_from} (${exclusion.source}); the destination's full tariff code is needed to decide.`,
        { ...base, rule_ids: [exclusion.id] }
      )
    }
  }

  const cautions = scheme.cautions.filter((c) => inForce(day, c.valid_from, c.valid_to) && c.prefixes.some((p) => code.startsWith(p)))
  const review = scheme.review_after && day >= scheme.review_after ? scheme.review_note ?? null : null
  const caution = [...cautions.map((c) => c.message), ...(review ? [review] : [])].join(" ") || null
  return {
    eligible: true,
    ...base,
    reason: `Goods of ${origin} origin under ${formatHs(code)} enter duty-free under ${scheme.name} (since ${scheme.valid_from}).`,
    proof: scheme.proof,
    caution,
    rule_ids: cautions.map((c) => c.id),
  }
}

/**
 * EU GSP: a consignment whose originating goods total at most €6,000 may carry
 * a statement on origin made out by any exporter; above that, only a
 * registered exporter may make it out, and the statement must show the REX
 * number (Implementing Regulation (EU) 2015/2447, GSP rules of origin).
 */
export const REX_THRESHOLD_EUR = 6000

export type RexQuery = {
  /** Value of the consignment's originating (eligible) lines only. */
  originating_value: number
  currency: string
  /**
   * Euros per one unit of `currency` (e.g. 0.92 for USD), from a rate the
   * caller chose and records; required unless the currency is EUR. No live rates.
   */
  eur_per_unit?: number | null
  rex_number?: string | null
}

export type RexDecision = {
  value_eur: number
  threshold_eur: number
  /** The REX number must appear in the statement. */
  rex_number_required: boolean
  /** A statement on origin can be printed: under the threshold, or above it with a REX number. */
  statement_allowed: boolean
  reason: string
}

export function rexRequirement(query: RexQuery): RexDecision {
  const currency = query.currency.trim().toUpperCase()
  if (!Number.isFinite(query.originating_value) || query.originating_value < 0) {
    throw new Error(`The originating value must be a number of at least 0 (got ${query.originating_value}).`)
  }
  let rate = 1
  if (currency !== "EUR") {
    if (query.eur_per_unit == null || !Number.isFinite(query.eur_per_unit) || query.eur_per_unit <= 0) {
      throw new Error(`Converting ${currency} to EUR needs an explicit rate (euros per ${currency}).`)
    }
    rate = query.eur_per_unit
  }
  const valueEur = Math.round(query.originating_value * rate * 100) / 100
  const required = valueEur > REX_THRESHOLD_EUR
  const hasRex = !!query.rex_number?.trim()
  const reason = required
    ? hasRex
      ? `Originating goods of €${valueEur.toFixed(2)} exceed €${REX_THRESHOLD_EUR}: the statement must show REX number ${query.rex_number!.trim()}.`
      : `Originating goods of €${valueEur.toFixed(2)} exceed €${REX_THRESHOLD_EUR}: only a registered exporter may make out the statement, and no REX number is set.`
    : `Originating goods of €${valueEur.toFixed(2)} are at most €${REX_THRESHOLD_EUR}: any exporter may make out the statement without a REX number.`
  return { value_eur: valueEur, threshold_eur: REX_THRESHOLD_EUR, rex_number_required: required, statement_allowed: !required || hasRex, reason }
}
