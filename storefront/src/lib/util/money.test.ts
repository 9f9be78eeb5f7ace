import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { formatMoney } from "./money"

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ")

describe("formatMoney", () => {
  it("formats US dollars for an English reader", () => {
    assert.equal(formatMoney(148, "usd", "en"), "$148.00")
  })
  it("formats euros the French way, with a comma and the sign after", () => {
    assert.equal(nbsp(formatMoney(139, "eur", "fr")), "139,00 €")
  })
  it("keeps cents of major-unit amounts", () => {
    assert.equal(formatMoney(17.5, "gbp", "en"), "£17.50")
  })
  it("tells Australian dollars apart from US dollars", () => {
    assert.equal(formatMoney(229, "aud", "en"), "A$229.00")
  })
  it("uses no decimals for zero-decimal currencies", () => {
    assert.equal(formatMoney(1500, "jpy", "en"), "¥1,500")
  })
  it("groups thousands", () => {
    assert.equal(formatMoney(1234.5, "usd", "en"), "$1,234.50")
    assert.equal(nbsp(formatMoney(1234.5, "eur", "fr")), "1 234,50 €")
  })
  it("shows zero for a missing amount instead of NaN", () => {
    assert.equal(formatMoney(undefined, "usd", "en"), "$0.00")
    assert.equal(formatMoney(Number.NaN, "usd", "en"), "$0.00")
  })
})
