import { expect, test } from "@playwright/test"
import { Listing } from "../pages/store"
import { products } from "../support/catalog"

test("the listing paginates the whole seeded catalog", async ({ page }) => {
  const listing = new Listing(page)
  await listing.open("us")
  await expect(listing.resultsCount).toContainText(String(products.length))
  const firstPage = await listing.handles()
  expect(firstPage.length).toBe(12)
  await page.getByTestId("pagination-next").click()
  await expect(page).toHaveURL(/page=2/)
  await expect.poll(() => listing.handles()).not.toEqual(firstPage)
})

test("sorting by price orders the products from cheapest to dearest", async ({ page }) => {
  const listing = new Listing(page)
  await listing.open("us", "?sort=price-asc")
  const handles = await listing.handles()
  const cheapest = (handle: string) => Math.min(...products.find((p) => p.handle === handle)!.variants.map((v) => v.prices.usd))
  const prices = handles.map(cheapest)
  expect(prices).toEqual([...prices].sort((a, b) => a - b))
  const allCheapest = Math.min(...products.map((p) => cheapest(p.handle)))
  expect(prices[0]).toBe(allCheapest)
})

test("a colour filter keeps only products offered in that colour", async ({ page }) => {
  const colour = products.flatMap((p) => p.options.filter((o) => o.title === "Colour").flatMap((o) => o.values))[0]
  const expected = products.filter((p) => p.options.some((o) => o.title === "Colour" && o.values.includes(colour))).map((p) => p.handle)
  const listing = new Listing(page)
  await listing.open("us")
  await listing.colourFilter(colour).click()
  await expect(listing.resultsCount).toContainText(String(expected.length))
  const shown = await listing.handles()
  for (const handle of shown) expect(expected).toContain(handle)
})

test("text search finds products by words of their title", async ({ page }) => {
  const target = products.find((p) => p.category === "bags")!
  const word = target.title.split(/\s+/).find((w) => w.length > 4)!
  const listing = new Listing(page)
  await listing.open("us")
  await page.getByTestId("search-input").fill(word)
  await page.getByTestId("search-input").press("Enter")
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word)}`))
  await expect(listing.card(target.handle)).toBeVisible()
  const shown = await listing.handles()
  expect(shown.length).toBeLessThan(products.length)
})
