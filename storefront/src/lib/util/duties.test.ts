import assert from "node:assert/strict"
import { test } from "node:test"
import { dutiesAtCheckout } from "./duties"

const cases: [string, Parameters<typeof dutiesAtCheckout>[0], string][] = [
  ["US parcels owe duties (no de-minimis)", { countryCode: "us", currency: "usd", goodsValue: 40 }, "due-on-delivery"],
  ["Germany under €150: VAT collected via IOSS", { countryCode: "de", currency: "eur", goodsValue: 139 }, "included"],
  ["Germany exactly €150", { countryCode: "DE", currency: "EUR", goodsValue: 150 }, "included"],
  ["Germany above €150: import VAT and duty at the border", { countryCode: "de", currency: "eur", goodsValue: 150.01 }, "due-on-delivery"],
  ["UK up to £135", { countryCode: "gb", currency: "gbp", goodsValue: 135 }, "included"],
  ["UK above £135", { countryCode: "gb", currency: "gbp", goodsValue: 200 }, "due-on-delivery"],
  ["Australia up to A$1,000", { countryCode: "au", currency: "aud", goodsValue: 999 }, "included"],
  ["Australia above A$1,000", { countryCode: "au", currency: "aud", goodsValue: 1001 }, "due-on-delivery"],
  ["Canada (rest of world)", { countryCode: "ca", currency: "usd", goodsValue: 20 }, "due-on-delivery"],
  ["EU country paying in another currency gets no scheme", { countryCode: "fr", currency: "usd", goodsValue: 20 }, "due-on-delivery"],
  ["DDP always includes duties", { countryCode: "us", currency: "usd", goodsValue: 5000, incoterm: "DDP" }, "included"],
  ["FCA leaves import to the buyer", { countryCode: "de", currency: "eur", goodsValue: 50, incoterm: "FCA" }, "due-on-delivery"],
]

for (const [name, input, expected] of cases) {
  test(`duties: ${name}`, () => assert.equal(dutiesAtCheckout(input).outcome, expected))
}
