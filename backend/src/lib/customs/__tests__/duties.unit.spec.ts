import { dutiesFor, type DutiesQuery } from "../duties"

describe("dutiesFor: duties included at checkout (DDP) or due on delivery (DAP)", () => {
  it.each<[string, DutiesQuery, string, string, string | null]>([
    ["US parcels owe duties (no de-minimis)", { country_code: "us", currency: "usd", goods_value: 40 }, "due-on-delivery", "DAP", null],
    ["Germany under €150: VAT collected via IOSS", { country_code: "de", currency: "eur", goods_value: 139 }, "included", "DDP", "EU IOSS"],
    ["Germany exactly €150", { country_code: "DE", currency: "EUR", goods_value: 150 }, "included", "DDP", "EU IOSS"],
    ["Germany above €150: import VAT and duty at the border", { country_code: "de", currency: "eur", goods_value: 150.01 }, "due-on-delivery", "DAP", null],
    ["UK up to £135", { country_code: "gb", currency: "gbp", goods_value: 135 }, "included", "DDP", "UK VAT at sale"],
    ["UK above £135", { country_code: "gb", currency: "gbp", goods_value: 200 }, "due-on-delivery", "DAP", null],
    ["Australia up to A$1,000", { country_code: "au", currency: "aud", goods_value: 999 }, "included", "DDP", "Australian GST at sale"],
    ["Australia above A$1,000", { country_code: "au", currency: "aud", goods_value: 1001 }, "due-on-delivery", "DAP", null],
    ["Canada (rest of world)", { country_code: "ca", currency: "usd", goods_value: 20 }, "due-on-delivery", "DAP", null],
    ["an EU country paying in another currency gets no scheme", { country_code: "fr", currency: "usd", goods_value: 20 }, "due-on-delivery", "DAP", null],
    ["IOSS did not exist before 1 July 2021", { country_code: "de", currency: "eur", goods_value: 50, date: "2021-06-30" }, "due-on-delivery", "DAP", null],
    ["DDP always includes duties", { country_code: "us", currency: "usd", goods_value: 5000, incoterm: "DDP" }, "included", "DDP", null],
    ["FCA leaves import to the buyer", { country_code: "de", currency: "eur", goods_value: 50, incoterm: "FCA" }, "due-on-delivery", "FCA", null],
  ])("%s", (_name, query, outcome, incoterm, scheme) => {
    expect(dutiesFor({ date: "2026-11-29", ...query })).toEqual({ outcome, incoterm, scheme })
  })
})
