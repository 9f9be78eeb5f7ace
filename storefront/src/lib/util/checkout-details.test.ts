import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { consigneeFieldErrors, parseCheckoutDetails, readConsignee, taxIdTypesFor, type Consignee } from "./checkout-details"

const address = { first_name: "Ada", last_name: "Lovelace", address_1: "12 Elm St", city: "Boston", postal_code: "02110", country_code: "US" }

describe("parseCheckoutDetails", () => {
  it("accepts a complete address in a country the region ships to, lower-casing the country", () => {
    const r = parseCheckoutDetails({ email: " Ada@Example.com ", shipping: address }, ["us"])
    assert.ok(r.ok)
    assert.equal(r.value.email, "ada@example.com")
    assert.equal(r.value.shipping.country_code, "us")
    assert.deepEqual(r.value.billing, r.value.shipping)
  })
  for (const [name, input, field, code] of [
    ["bad email", { email: "ada@", shipping: address }, "email", "emailInvalid"],
    ["missing city", { email: "a@b.co", shipping: { ...address, city: " " } }, "shipping.city", "required"],
    ["country outside the region", { email: "a@b.co", shipping: { ...address, country_code: "de" } }, "shipping.country_code", "countryNotShipped"],
    ["phone with letters", { email: "a@b.co", shipping: { ...address, phone: "call me" } }, "shipping.phone", "phoneInvalid"],
    ["overlong field", { email: "a@b.co", shipping: { ...address, address_1: "x".repeat(201) } }, "shipping.address_1", "tooLong"],
  ] as const) {
    it(`rejects ${name}`, () => {
      const r = parseCheckoutDetails(input, ["us"])
      assert.equal(r.ok, false)
      if (!r.ok) assert.equal(r.fields[field], code)
    })
  }
})

describe("business buyers (consignee)", () => {
  const berlin = { ...address, city: "Berlin", postal_code: "10435", country_code: "DE" }
  const details = (consignee: Parameters<typeof parseCheckoutDetails>[0]["consignee"], shipping = berlin) =>
    parseCheckoutDetails({ email: "a@b.co", shipping, consignee }, ["de", "fr", "us"])

  for (const [country, types] of [
    ["de", ["eu_vat", "eu_eori"]],
    ["GR", ["eu_vat", "eu_eori"]],
    ["gb", ["uk_vat", "uk_eori"]],
    ["us", ["us_ein"]],
    ["au", ["au_abn"]],
    ["ch", []],
    ["", []],
  ] as const) {
    it(`shows ${types.join(" + ") || "no tax ID"} for ${country || "no country"}`, () => assert.deepEqual(taxIdTypesFor(country), types))
  }

  it("clears the consignee unless the buyer buys for a business; leaves it alone when the form did not say", () => {
    for (const consignee of [null, { business: false, company_name: "Kastanie GmbH", tax_ids: { eu_vat: "DE123456789" } }]) {
      const r = details(consignee)
      assert.ok(r.ok)
      assert.equal(r.value.consignee, null)
    }
    const untouched = details(undefined)
    assert.ok(untouched.ok)
    assert.equal(untouched.value.consignee, undefined)
  })

  it("keeps the company and the identifiers of the shipping country, trimmed; the backend checks and compacts them", () => {
    const r = details({ business: true, company_name: " Kastanie GmbH ", tax_ids: { eu_vat: " de 123 456 789 ", eu_eori: "", us_ein: "12-3456789" } })
    assert.ok(r.ok)
    assert.deepEqual(r.value.consignee, { company_name: "Kastanie GmbH", tax_ids: [{ type: "eu_vat", value: "de 123 456 789" }] })
  })

  it("a company alone is enough", () => {
    const r = details({ business: true, company_name: "Kastanie GmbH" })
    assert.ok(r.ok)
    assert.deepEqual(r.value.consignee, { company_name: "Kastanie GmbH", tax_ids: [] })
  })

  for (const [name, consignee, field, code] of [
    ["no company name", { business: true, company_name: " ", tax_ids: { eu_vat: "DE123456789" } }, "consignee.company_name", "required"],
    ["an overlong company name", { business: true, company_name: "x".repeat(121) }, "consignee.company_name", "tooLong"],
    ["a tax ID with other characters", { business: true, company_name: "K", tax_ids: { eu_vat: "DE123/456" } }, "consignee.eu_vat", "taxIdCharacters"],
    ["an overlong tax ID", { business: true, company_name: "K", tax_ids: { eu_eori: "DE".padEnd(41, "1") } }, "consignee.eu_eori", "tooLong"],
  ] as const) {
    it(`rejects ${name}`, () => {
      const r = details(consignee)
      assert.equal(r.ok, false)
      if (!r.ok) assert.equal(r.fields[field], code)
    })
  }

  it("maps the backend's 400 to the fields that were sent", () => {
    const sent: Consignee = { company_name: "K", tax_ids: [{ type: "eu_vat", value: "DE12" }, { type: "eu_eori", value: "DE1" }] }
    assert.deepEqual(consigneeFieldErrors("consignee.tax_ids.0: An EU VAT number starts with the member state's code (e.g. DE123456789).", sent), {
      "consignee.eu_vat": "taxId.eu_vat",
    })
    assert.deepEqual(consigneeFieldErrors("consignee.tax_ids.0: a; consignee.tax_ids.1: b", sent), {
      "consignee.eu_vat": "taxId.eu_vat",
      "consignee.eu_eori": "taxId.eu_eori",
    })
    assert.deepEqual(consigneeFieldErrors("consignee.company_name: Too big", sent), { "consignee.company_name": "tooLong" })
    assert.deepEqual(consigneeFieldErrors("Cart not found", sent), {})
    assert.deepEqual(consigneeFieldErrors(undefined, sent), {})
  })

  it("reads a stored consignee and ignores anything else", () => {
    const stored = { company_name: "Kastanie GmbH", tax_ids: [{ type: "eu_vat", value: "DE123456789" }] }
    assert.deepEqual(readConsignee({ gift_wrap: "no", consignee: stored }), stored)
    assert.deepEqual(readConsignee({ consignee: { company_name: null, tax_ids: [{ type: "us_ein", value: "123456789" }, { type: "ch_uid", value: "x" }, null] } }), {
      company_name: null,
      tax_ids: [{ type: "us_ein", value: "123456789" }],
    })
    for (const metadata of [null, undefined, {}, { consignee: null }, { consignee: "" }, { consignee: { company_name: "", tax_ids: [] } }]) {
      assert.equal(readConsignee(metadata), null)
    }
  })
})
