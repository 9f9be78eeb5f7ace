import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { findVariant, isValueAvailable, stockState, type ChoosableVariant } from "./variants"

const v = (id: string, options: Record<string, string>, quantity: number): ChoosableVariant => ({
  id, options, inventoryQuantity: quantity, manageInventory: true, allowBackorder: false,
})
const variants = [v("s-ind", { Size: "S", Colour: "Indigo" }, 5), v("m-ind", { Size: "M", Colour: "Indigo" }, 0), v("m-jad", { Size: "M", Colour: "Jade" }, 2)]

describe("stockState", () => {
  it("tells in stock, low stock and sold out apart", () => {
    assert.equal(stockState(variants[0]), "in-stock")
    assert.equal(stockState(variants[2]), "low-stock")
    assert.equal(stockState(variants[1]), "out-of-stock")
  })
  it("treats unmanaged inventory and backorders as buyable", () => {
    assert.equal(stockState({ inventoryQuantity: 0, manageInventory: false, allowBackorder: false }), "in-stock")
    assert.equal(stockState({ inventoryQuantity: 0, manageInventory: true, allowBackorder: true }), "in-stock")
    assert.equal(stockState({ inventoryQuantity: null, manageInventory: true, allowBackorder: false }), "out-of-stock")
  })
})

describe("findVariant", () => {
  it("needs every option chosen", () => {
    assert.equal(findVariant(variants, { Size: "M" }, ["Size", "Colour"]), undefined)
    assert.equal(findVariant(variants, { Size: "M", Colour: "Jade" }, ["Size", "Colour"])?.id, "m-jad")
  })
  it("returns nothing for a combination that does not exist", () => {
    assert.equal(findVariant(variants, { Size: "S", Colour: "Jade" }, ["Size", "Colour"]), undefined)
  })
})

describe("isValueAvailable", () => {
  it("marks values that only lead to sold-out variants", () => {
    assert.equal(isValueAvailable(variants, { Colour: "Indigo" }, "Size", "M"), false)
    assert.equal(isValueAvailable(variants, { Colour: "Jade" }, "Size", "M"), true)
    assert.equal(isValueAvailable(variants, {}, "Size", "M"), true)
  })
})
