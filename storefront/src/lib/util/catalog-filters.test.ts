import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  applyListingQuery,
  collectOptionValues,
  parseListingQuery,
  serializeListingQuery,
  toggleValue,
  type ListingProduct,
} from "./catalog-filters"

const product = (handle: string, over: Partial<ListingProduct> = {}): ListingProduct => ({
  handle,
  createdAt: "2026-01-01T00:00:00Z",
  minPrice: 50,
  categoryHandles: ["dresses"],
  options: { Size: ["S", "M"], Colour: ["Indigo"] },
  ...over,
})

describe("parseListingQuery", () => {
  it("reads filters, sort and page from search params", () => {
    assert.deepEqual(parseListingQuery({ category: "bags", size: "S,M", colour: ["Jade"], sort: "price-asc", page: "3", q: " silk " }), {
      category: "bags", collection: undefined, sizes: ["S", "M"], colours: ["Jade"], sort: "price-asc", page: 3, q: "silk",
    })
  })
  it("falls back to safe defaults for nonsense", () => {
    const q = parseListingQuery({ sort: "cheapest", page: "-4" })
    assert.equal(q.sort, "newest")
    assert.equal(q.page, 1)
    assert.deepEqual(q.sizes, [])
    assert.equal(parseListingQuery({ page: "abc" }).page, 1)
  })
  it("round-trips through serializeListingQuery", () => {
    const q = parseListingQuery({ collection: "gift-edit", colour: "Lotus Pink,Jade", sort: "price-desc", page: "2" })
    assert.deepEqual(parseListingQuery(Object.fromEntries(new URLSearchParams(serializeListingQuery(q)))), q)
  })
  it("leaves defaults out of the URL", () => {
    assert.equal(serializeListingQuery(parseListingQuery({})), "")
  })
})

describe("toggleValue", () => {
  it("adds and removes a value and resets the page", () => {
    const q = { ...parseListingQuery({ size: "S" }), page: 4 }
    const added = toggleValue(q, "sizes", "M")
    assert.deepEqual(added.sizes, ["S", "M"])
    assert.equal(added.page, 1)
    assert.deepEqual(toggleValue(added, "sizes", "S").sizes, ["M"])
  })
})

describe("applyListingQuery", () => {
  const catalog = [
    product("a", { minPrice: 90, createdAt: "2026-01-03T00:00:00Z" }),
    product("b", { minPrice: 20, categoryHandles: ["bags"], options: { Colour: ["Jade"] }, collectionHandle: "gift-edit" }),
    product("c", { minPrice: 55, options: { Size: ["XL"], Colour: ["Jade", "Indigo"] }, createdAt: "2026-01-02T00:00:00Z" }),
    product("d", { minPrice: null }),
  ]
  it("filters by category, collection, size and colour", () => {
    assert.deepEqual(applyListingQuery(catalog, parseListingQuery({ category: "bags" })).items.map((p) => p.handle), ["b"])
    assert.deepEqual(applyListingQuery(catalog, parseListingQuery({ collection: "gift-edit" })).items.map((p) => p.handle), ["b"])
    assert.deepEqual(applyListingQuery(catalog, parseListingQuery({ size: "XL" })).items.map((p) => p.handle), ["c"])
    assert.deepEqual(applyListingQuery(catalog, parseListingQuery({ colour: "Jade", sort: "price-asc" })).items.map((p) => p.handle), ["b", "c"])
  })
  it("sorts by price both ways with unpriced products last", () => {
    assert.deepEqual(applyListingQuery(catalog, parseListingQuery({ sort: "price-asc" })).items.map((p) => p.handle), ["b", "c", "a", "d"])
    assert.deepEqual(applyListingQuery(catalog, parseListingQuery({ sort: "price-desc" })).items.map((p) => p.handle), ["a", "c", "b", "d"])
  })
  it("sorts newest first by default", () => {
    assert.deepEqual(applyListingQuery(catalog, parseListingQuery({})).items.map((p) => p.handle), ["a", "c", "b", "d"])
  })
  it("paginates by 12 and clamps a page beyond the end", () => {
    const many = Array.from({ length: 30 }, (_, i) => product(`p${String(i).padStart(2, "0")}`))
    const first = applyListingQuery(many, parseListingQuery({}))
    assert.equal(first.items.length, 12)
    assert.equal(first.pageCount, 3)
    const beyond = applyListingQuery(many, parseListingQuery({ page: "9" }))
    assert.equal(beyond.page, 3)
    assert.equal(beyond.items.length, 6)
  })
  it("reports an empty result without failing", () => {
    const none = applyListingQuery(catalog, parseListingQuery({ category: "hats" }))
    assert.equal(none.total, 0)
    assert.deepEqual(none.items, [])
    assert.equal(none.pageCount, 1)
  })
})

describe("collectOptionValues", () => {
  it("orders sizes from small to large and other values alphabetically", () => {
    const catalog = [product("a", { options: { Size: ["XL", "S"] } }), product("b", { options: { Size: ["M", "XS"] } })]
    assert.deepEqual(collectOptionValues(catalog, "Size"), ["XS", "S", "M", "XL"])
    assert.deepEqual(collectOptionValues([product("x", { options: { Colour: ["Plum", "Indigo"] } })], "Colour"), ["Indigo", "Plum"])
  })
})
