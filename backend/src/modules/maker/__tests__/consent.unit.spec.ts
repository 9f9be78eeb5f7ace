import { addYears, consentInputErrors, consentStatus, isConsentValid, publicPermissions, publishBlockers } from "../consent"

const NOW = new Date("2026-06-15T12:00:00Z")
const days = (n: number) => new Date(NOW.getTime() + n * 86400000)
const consent = (over: Record<string, unknown> = {}) => ({
  scopes: ["name", "story", "product_link", "photo"],
  signed_at: days(-100),
  expires_at: days(500),
  revoked_at: null,
  maker_reviewed_at: days(-90),
  risk_assessment_ref: null,
  ...over,
})
const maker = (over: Record<string, unknown> = {}) => ({
  display_name: "Sophea",
  story: { en: "She weaves.", fr: "Elle tisse." },
  story_updated_at: days(-95),
  photo_mode: "illustration",
  ...over,
})

describe("addYears", () => {
  it.each([
    ["2026-01-10T00:00:00Z", 3, "2029-01-10T00:00:00.000Z"],
    ["2024-02-29T00:00:00Z", 3, "2027-02-28T00:00:00.000Z"],
    ["2024-02-29T00:00:00Z", 4, "2028-02-29T00:00:00.000Z"],
  ])("%s + %i years = %s", (from, years, expected) => {
    expect(addYears(from, years).toISOString()).toBe(expected)
  })
})

describe("consentInputErrors", () => {
  const base = { scopes: ["name"], signed_at: days(-1), expires_at: days(300) }
  it.each([
    ["valid", base, null],
    ["exactly three years", { ...base, expires_at: addYears(days(-1), 3) }, null],
    ["one day over three years", { ...base, expires_at: new Date(addYears(days(-1), 3).getTime() + 86400000) }, /at most 3 years/],
    ["expiry before signing", { ...base, expires_at: days(-2) }, /after signed_at/],
    ["signed in the future", { ...base, signed_at: days(2), expires_at: days(30) }, /future/],
    ["no scope", { ...base, scopes: [] }, /at least one scope/],
    ["unknown scope", { ...base, scopes: ["name", "fame"] }, /Unknown consent scope/],
    ["repeated scope", { ...base, scopes: ["name", "name"] }, /must not repeat/],
    ["story without review", { ...base, scopes: ["story"] }, /reviewed the final text/],
    ["review in the future", { ...base, maker_reviewed_at: days(3) }, /cannot be in the future/],
    ["invalid date", { ...base, signed_at: "soon" }, /not a valid date/],
  ])("%s", (_label, input, expected) => {
    const errors = consentInputErrors(input as any, NOW)
    if (expected === null) expect(errors).toEqual([])
    else expect(errors.join(" ")).toMatch(expected)
  })
})

describe("isConsentValid", () => {
  it.each([
    ["active", consent(), true],
    ["expired", consent({ expires_at: days(-1) }), false],
    ["expires this instant", consent({ expires_at: NOW }), false],
    ["revoked", consent({ revoked_at: days(-1) }), false],
    ["revocation scheduled later", consent({ revoked_at: days(5) }), true],
    ["not signed yet", consent({ signed_at: days(1) }), false],
  ])("%s → %s", (_label, c, expected) => {
    expect(isConsentValid(c as any, NOW)).toBe(expected)
  })
})

describe("publicPermissions and publishBlockers", () => {
  it.each([
    ["full consent", maker(), [consent()], { name: true, story: true, photo: true, product_link: true }, []],
    ["no consent", maker(), [], { name: false, story: false, photo: false, product_link: false }, [/no valid consent/, /name/, /story/]],
    ["name only, no story text", maker({ story: { en: "", fr: "" } }), [consent({ scopes: ["name"] })], { name: true, story: false, photo: false, product_link: false }, []],
    ["name only, with story text", maker(), [consent({ scopes: ["name"] })], { name: true, story: false, photo: false, product_link: false }, [/story/]],
    ["story edited after review", maker({ story_updated_at: days(-1) }), [consent()], { name: true, story: false, photo: true, product_link: true }, [/reviewed/]],
    ["hands at work without photo scope", maker({ photo_mode: "hands_at_work" }), [consent({ scopes: ["name", "story"] })], { name: true, story: true, photo: false, product_link: false }, [/photos/]],
    ["identifiable without risk assessment", maker({ photo_mode: "identifiable" }), [consent()], { name: true, story: true, photo: false, product_link: true }, [/risk assessment/]],
    ["identifiable with risk assessment", maker({ photo_mode: "identifiable" }), [consent({ risk_assessment_ref: "RA-2026-04" })], { name: true, story: true, photo: true, product_link: true }, []],
    ["revoked consent", maker(), [consent({ revoked_at: days(-1) })], { name: false, story: false, photo: false, product_link: false }, [/no valid consent/]],
    ["old revoked, new valid", maker(), [consent({ revoked_at: days(-50) }), consent({ signed_at: days(-10), maker_reviewed_at: days(-10) })], { name: true, story: true, photo: true, product_link: true }, []],
  ])("%s", (_label, m, consents, permissions, blockers) => {
    expect(publicPermissions(m as any, consents as any, NOW)).toEqual(permissions)
    const found = publishBlockers(m as any, consents as any, NOW)
    if (blockers.length === 0) expect(found).toEqual([])
    for (const pattern of blockers) expect(found.join(" ")).toMatch(pattern)
  })
})

describe("consentStatus", () => {
  it.each([
    ["none", [], "none"],
    ["valid", [consent()], "valid"],
    ["expiring within 60 days", [consent({ expires_at: days(30) })], "expiring"],
    ["expired", [consent({ expires_at: days(-3) })], "expired"],
    ["revoked", [consent({ revoked_at: days(-3) })], "revoked"],
  ])("%s", (_label, consents, expected) => {
    expect(consentStatus(consents as any, NOW).status).toBe(expected)
  })
})
