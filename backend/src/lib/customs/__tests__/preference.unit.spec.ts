import { preferenceFor, rexRequirement, REX_THRESHOLD_EUR } from "../preference"
import { PREFERENCE_SCHEMES, type PreferenceScheme } from "../preference-rules"
import { checkAuArn, checkIossNumber, checkRexNumber, checkTaxId, checkUkVatNumber, missingForInvoice } from "../exporter"
import type { Destination } from "../tariff"

type Row = [string, Destination | null, string, string, string | null, boolean, string | null]

describe("preference eligibility by destination, HS code and date", () => {
  it.each<Row>([
    // destination, hs, date, tariff code, eligible, scheme
    ["EU: woven silk dress", "EU", "620449", "2026-03-01", null, true, "eu-gsp-eba"],
    ["EU: silk scarf", "EU", "621410", "2026-03-01", "62141000", true, "eu-gsp-eba"],
    ["EU: textile handbag after the withdrawal", "EU", "420222", "2026-03-01", null, false, "eu-gsp-eba"],
    ["EU: textile handbag on the day of the withdrawal", "EU", "420222", "2020-08-12", null, false, "eu-gsp-eba"],
    ["EU: textile handbag the day before", "EU", "420222", "2020-08-11", null, true, "eu-gsp-eba"],
    ["EU: other textile bag", "EU", "420292", "2024-01-15", "42029291", false, "eu-gsp-eba"],
    ["EU: coin purse", "EU", "420232", "2024-01-15", null, false, "eu-gsp-eba"],
    ["EU: before EBA existed", "EU", "620449", "2000-01-01", null, false, null],
    // The garment and footwear lines of Delegated Regulation (EU) 2020/550, from 12 Aug 2020
    ["EU: men's knitted cotton shirt the day before the withdrawal", "EU", "610510", "2020-08-11", null, true, "eu-gsp-eba"],
    ["EU: men's knitted cotton shirt on the day of the withdrawal", "EU", "610510", "2020-08-12", null, false, "eu-gsp-eba"],
    ["EU: cotton T-shirt, CN code given", "EU", "610910", "2026-03-01", "61091000", false, "eu-gsp-eba"],
    ["EU: men's woven synthetic trousers", "EU", "620343", "2026-03-01", null, false, "eu-gsp-eba"],
    ["EU: men's woven cotton trousers (6203 42 is not on the list)", "EU", "620342", "2026-03-01", null, true, "eu-gsp-eba"],
    ["EU: women's woven cotton tracksuit-type garment", "EU", "621142", "2026-03-01", null, false, "eu-gsp-eba"],
    ["EU: brassiere", "EU", "621210", "2026-03-01", null, false, "eu-gsp-eba"],
    ["EU: women's cotton dress (6204 not on the list)", "EU", "620442", "2026-03-01", null, true, "eu-gsp-eba"],
    ["EU: silk blouse (6206 not on the list)", "EU", "620610", "2026-03-01", "62061000", true, "eu-gsp-eba"],
    ["EU: knitted scarf (6117 not on the list)", "EU", "611710", "2026-03-01", null, true, "eu-gsp-eba"],
    ["EU: women's knee-length hosiery under 67 dtex (6115 30 not on the list)", "EU", "611530", "2026-03-01", null, true, "eu-gsp-eba"],
    ["EU: leather sandals with leather soles", "EU", "640359", "2026-03-01", null, false, "eu-gsp-eba"],
    ["EU: textile-upper sneakers (6404 not on the list)", "EU", "640411", "2026-03-01", null, true, "eu-gsp-eba"],
    ["EU: sugar cane", "EU", "121293", "2026-03-01", null, false, "eu-gsp-eba"],
    ["EU: cane sugar (1701 is not on the list)", "EU", "170114", "2026-03-01", null, true, "eu-gsp-eba"],
    ["UK: men's knitted shirt under DCTS", "UK", "610510", "2026-03-01", null, true, "uk-dcts-comprehensive"],
    ["AU: men's knitted shirt", "AU", "610510", "2026-03-01", null, true, "au-ldc"],
    ["AU: leather sandals", "AU", "640359", "2026-03-01", null, true, "au-ldc"],
    ["UK: dress under the UK GSP", "UK", "620449", "2022-05-01", null, true, "uk-gsp-ldc"],
    ["UK: dress under DCTS", "UK", "620449", "2023-06-19", null, true, "uk-dcts-comprehensive"],
    ["UK: handbag under DCTS", "UK", "420222", "2026-03-01", null, true, "uk-dcts-comprehensive"],
    ["UK: before Brexit's scheme", "UK", "620449", "2020-12-31", null, false, null],
    ["AU: dress", "AU", "620449", "2026-03-01", "62044900", true, "au-ldc"],
    ["AU: handbag", "AU", "420222", "2026-03-01", null, true, "au-ldc"],
    ["AU: before the LDC scheme", "AU", "620449", "2003-06-30", null, false, null],
    ["US: no preference", "US", "620449", "2026-03-01", "6204495010", false, null],
    ["rest of the world", null, "620449", "2026-03-01", null, false, null],
  ])("%s", (_label, destination, hs_code, date, tariff_code, eligible, scheme) => {
    const result = preferenceFor({ destination, hs_code, date, tariff_code })
    expect(result).toEqual(expect.objectContaining({ eligible, scheme }))
    expect(result.reason.length).toBeGreaterThan(20)
  })

  it("says why a bag loses the EU preference, with the source", () => {
    const bag = preferenceFor({ destination: "EU", hs_code: "420222", date: new Date("2026-03-01T10:00:00Z") })
    expect(bag.reason).toContain("4202")
    expect(bag.reason).toContain("2020/550")
    expect(bag.rule_ids).toEqual(["eu-eba-kh-2020-travel-goods"])
  })

  it("names the Annex line that withdrew a garment, and no longer cautions the lines it leaves alone", () => {
    const shirt = preferenceFor({ destination: "EU", hs_code: "610510", date: "2026-03-01" })
    expect(shirt.rule_ids).toEqual(["eu-eba-kh-2020-6105"])
    expect(shirt.reason).toContain("2020/550")
    expect(shirt.reason).toMatch(/shirts, knitted/)
    expect(preferenceFor({ destination: "EU", hs_code: "640359", date: "2026-03-01" }).rule_ids).toEqual(["eu-eba-kh-2020-640359"])
    const dress = preferenceFor({ destination: "EU", hs_code: "620449", date: "2026-03-01" })
    expect(dress).toEqual(expect.objectContaining({ eligible: true, caution: null, rule_ids: [] }))
    expect(preferenceFor({ destination: "EU", hs_code: "620449", date: "2019-03-01" }).caution).toBeNull()
    expect(preferenceFor({ destination: "UK", hs_code: "620449", date: "2026-03-01" }).caution).toBeNull()
  })

  it("keeps the EU withdrawal at the Annex's precision: HS headings and subheadings, all from 12 Aug 2020", () => {
    const eu = PREFERENCE_SCHEMES.find((s) => s.id === "eu-gsp-eba")!
    const prefixes = eu.exclusions.map((e) => e.prefix)
    expect(prefixes).toHaveLength(40)
    expect(new Set(prefixes).size).toBe(40)
    expect(new Set(eu.exclusions.map((e) => e.id)).size).toBe(40)
    for (const e of eu.exclusions) {
      expect(e.prefix).toMatch(/^\d{4}(\d{2})?$/)
      expect(e).toEqual(expect.objectContaining({ valid_from: "2020-08-12" }))
      expect(e.source).toContain("2020/550")
    }
    // With no 8-digit line on the list, a 6-digit HS code decides alone: the CN code changes nothing.
    expect(preferenceFor({ destination: "EU", hs_code: "610342", tariff_code: "61034200", date: "2026-03-01" }).eligible).toBe(true)
    expect(preferenceFor({ destination: "EU", hs_code: "610343", tariff_code: "61034300", date: "2026-03-01" }).eligible).toBe(false)
  })

  it("warns after Cambodia's LDC graduation", () => {
    expect(preferenceFor({ destination: "AU", hs_code: "620449", date: "2030-01-15" }).caution).toMatch(/graduates/)
  })

  it("reads its rules as data: a line-level exclusion needs the full national code", () => {
    const rules: PreferenceScheme[] = PREFERENCE_SCHEMES.map((s) =>
      s.id === "eu-gsp-eba"
        ? { ...s, exclusions: [...s.exclusions, { id: "test-cn8", prefix: "62046231", valid_from: "2020-08-12", description: "Test line", source: "test" }] }
        : s
    )
    const undecided = preferenceFor({ destination: "EU", hs_code: "620462", date: "2026-03-01" }, rules)
    expect(undecided).toEqual(expect.objectContaining({ eligible: false, rule_ids: ["test-cn8"] }))
    expect(undecided.reason).toMatch(/full tariff code/)
    expect(preferenceFor({ destination: "EU", hs_code: "620462", tariff_code: "62046231", date: "2026-03-01" }, rules).eligible).toBe(false)
    expect(preferenceFor({ destination: "EU", hs_code: "620462", tariff_code: "62046239", date: "2026-03-01" }, rules).eligible).toBe(true)
  })

  it("applies a rule only from its valid_from date", () => {
    const rules: PreferenceScheme[] = [
      { ...PREFERENCE_SCHEMES.find((s) => s.id === "au-ldc")!, valid_to: "2029-12-31" },
      { ...PREFERENCE_SCHEMES.find((s) => s.id === "au-ldc")!, id: "au-after", name: "Later scheme", valid_from: "2030-01-01", exclusions: [{ id: "x", prefix: "62", valid_from: "2030-01-01", description: "Garments", source: "test" }] },
    ]
    expect(preferenceFor({ destination: "AU", hs_code: "620449", date: "2029-12-31" }, rules)).toEqual(expect.objectContaining({ eligible: true, scheme: "au-ldc" }))
    expect(preferenceFor({ destination: "AU", hs_code: "620449", date: "2030-01-01" }, rules)).toEqual(expect.objectContaining({ eligible: false, scheme: "au-after" }))
  })
})

describe("EU REX threshold: ≤ €6,000 of originating goods needs no REX number", () => {
  it.each([
    ["EUR at the threshold", 6000, "EUR", null, null, false, true],
    ["EUR a cent above", 6000.01, "eur", null, null, true, false],
    ["EUR above, with REX", 9000, "EUR", null, "KHREX0000000000000", true, true],
    ["USD under once converted", 6400, "USD", 0.92, null, false, true], // €5,888
    ["USD over once converted", 6600, "USD", 0.92, null, true, false], // €6,072
    ["GBP over, with REX", 5200, "GBP", 1.17, "KHREX123", true, true], // €6,084
    ["nothing originating", 0, "EUR", null, null, false, true],
  ])("%s", (_label, value, currency, rate, rex, required, allowed) => {
    const decision = rexRequirement({ originating_value: value, currency, eur_per_unit: rate, rex_number: rex })
    expect(decision).toEqual(expect.objectContaining({ rex_number_required: required, statement_allowed: allowed, threshold_eur: REX_THRESHOLD_EUR }))
  })

  it("converts with the rate given and rounds to the cent", () => {
    expect(rexRequirement({ originating_value: 1000, currency: "USD", eur_per_unit: 0.9234 }).value_eur).toBe(923.4)
  })

  it.each([
    [{ originating_value: 100, currency: "USD" }, /explicit rate/],
    [{ originating_value: 100, currency: "USD", eur_per_unit: 0 }, /explicit rate/],
    [{ originating_value: -1, currency: "EUR" }, /at least 0/],
  ])("refuses %j", (query, message) => {
    expect(() => rexRequirement(query)).toThrow(message)
  })
})

describe("exporter registration numbers", () => {
  it.each<[string, (v: string) => string | null, string, boolean]>([
    ["TIN", checkTaxId, "K001-901234567", true],
    ["TIN", checkTaxId, "K0", false],
    ["REX", (v) => checkRexNumber(v, "KH"), "KHREX123456789", true],
    ["REX", (v) => checkRexNumber(v, "KH"), "khrex 1234", true],
    ["REX", (v) => checkRexNumber(v, "KH"), "INREX123456", false],
    ["REX", (v) => checkRexNumber(v, "KH"), "REX123", false],
    ["IOSS", checkIossNumber, "IM2760000001", true],
    ["IOSS", checkIossNumber, "IM276000001", false],
    ["UK VAT", checkUkVatNumber, "GB123456789", true],
    ["UK VAT", checkUkVatNumber, "GB 123 4567 89", true],
    ["UK VAT", checkUkVatNumber, "123456789", false],
    ["AU ARN", checkAuArn, "300000000000", true],
    ["AU ARN", checkAuArn, "30000000000", false],
  ])("%s %s valid: %p", (_kind, check, value, valid) => {
    expect(check(value) === null).toBe(valid)
  })

  it("lists what an invoice still needs", () => {
    expect(missingForInvoice(null)).toEqual(["legal_name", "address", "tax_id", "signatory_name"])
    expect(
      missingForInvoice({ legal_name: "AFESIP Fair Fashion", address: { address_1: "Street 598", city: "Phnom Penh", country_code: "KH" }, tax_id: null, signatory_name: "Staff" })
    ).toEqual(["tax_id"])
  })
})
