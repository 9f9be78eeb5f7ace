import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"
import { ProductPage } from "../pages/store"
import { garmentWithSoldOutVariant } from "../support/catalog"

/** WCAG 2.x A/AA rules; the store must have no serious or critical violation. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze()
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)
}

test("home, listing and product pages have no serious accessibility violations", async ({ page }) => {
  const { product } = garmentWithSoldOutVariant()
  for (const path of ["/us", "/us/store", `/us/products/${product.handle}`]) {
    await test.step(path, async () => {
      await page.goto(path)
      await expect(page.locator("main")).toBeVisible()
      expect(await seriousViolations(page)).toEqual([])
    })
  }
})

test("the cart with an item has no serious accessibility violations", async ({ page }) => {
  const { product, inStock } = garmentWithSoldOutVariant()
  await new ProductPage(page).addVariantToCart("de", product.handle, inStock.options)
  await page.goto("/de/cart")
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
  expect(await seriousViolations(page)).toEqual([])
})
