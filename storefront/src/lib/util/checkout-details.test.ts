import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { parseCheckoutDetails } from "./checkout-details"

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
