import { expect, test } from "@playwright/test"
import en from "../../storefront/messages/en.json"
import fr from "../../storefront/messages/fr.json"
import { Header, ProductPage } from "../pages/store"
import { productsFr } from "../../backend/src/scripts/seed/catalog-fr"
import { formatPrice, garmentWithSoldOutVariant } from "../support/catalog"

test("switching to French shows the French UI, French prices and keeps the choice", async ({ page }) => {
  const { product, inStock } = garmentWithSoldOutVariant()
  const header = new Header(page)
  await page.goto("/de")
  await expect(page.getByTestId("nav-store")).toHaveText(en.nav.store)

  await header.localeSwitch("fr").click()
  await expect(page.locator("html")).toHaveAttribute("lang", "fr")
  await expect(page.getByTestId("nav-store")).toHaveText(fr.nav.store)
  await expect(page.getByTestId("nav-about")).toHaveText(fr.nav.about)
  await expect(page).toHaveURL(/\/de$/)

  const productPage = new ProductPage(page)
  await productPage.open("de", product.handle)
  // Product text comes from Medusa's translation module.
  await expect(productPage.title).toHaveText(productsFr[product.handle].title)
  await expect(productPage.addToCart).toHaveText(fr.product.chooseVariant)
  await productPage.choose(inStock.options)
  await expect(productPage.price).toHaveText(formatPrice(inStock.prices.eur, "eur", "fr"))
  await expect(productPage.addToCart).toHaveText(fr.product.addToCart)

  await header.localeSwitch("en").click()
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(productPage.title).toHaveText(product.title)
  await expect(page.getByTestId("nav-store")).toHaveText(en.nav.store)
})

test("France keeps its own country URL (/fr/…) with euro prices, in either language", async ({ page }) => {
  const { product, inStock } = garmentWithSoldOutVariant()
  const productPage = new ProductPage(page)
  await productPage.open("fr", product.handle)
  await expect(page).toHaveURL(new RegExp(`/fr/products/${product.handle}$`))
  await productPage.choose(inStock.options)
  await expect(productPage.price).toHaveText(formatPrice(inStock.prices.eur, "eur", "en"))

  await new Header(page).localeSwitch("fr").click()
  await expect(page.locator("html")).toHaveAttribute("lang", "fr")
  await expect(page).toHaveURL(new RegExp(`/fr/products/${product.handle}$`))
  await expect(productPage.title).toHaveText(productsFr[product.handle].title)
})
