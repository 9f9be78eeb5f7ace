import { expect, test } from "@playwright/test"
import { CartPage, Header, Listing, ProductPage } from "../pages/store"
import { formatPrice, garmentWithSoldOutVariant } from "../support/catalog"

const visitors = [
  { name: "a US visitor", country: "us", currency: "usd" as const, taxIncluded: false },
  { name: "a German visitor", country: "de", currency: "eur" as const, taxIncluded: true },
]

for (const visitor of visitors) {
  test(`${visitor.name} browses, filters, picks a variant and sees it in the cart in ${visitor.currency.toUpperCase()}`, async ({ page }) => {
    const { product, inStock } = garmentWithSoldOutVariant()
    const listing = new Listing(page)
    const productPage = new ProductPage(page)
    const header = new Header(page)
    const expectedPrice = formatPrice(inStock.prices[visitor.currency], visitor.currency)

    await test.step("browse the category", async () => {
      await listing.open(visitor.country)
      await listing.categoryLink(product.category).click()
      await expect(page).toHaveURL(new RegExp(`category=${product.category}`))
      await expect(listing.card(product.handle)).toBeVisible()
    })

    await test.step("filter by the variant's size", async () => {
      await listing.sizeFilter(inStock.options.Size).click()
      await expect(page).toHaveURL(new RegExp(`size=${encodeURIComponent(inStock.options.Size)}`))
      await expect(listing.card(product.handle)).toBeVisible()
      await expect(listing.card(product.handle).getByTestId("product-card-price")).toContainText(formatPrice(Math.min(...product.variants.map((v) => v.prices[visitor.currency])), visitor.currency))
    })

    await test.step("open the product and choose the variant", async () => {
      await listing.card(product.handle).getByRole("link").first().click()
      await expect(productPage.title).toHaveText(product.title)
      await productPage.choose(inStock.options)
      await expect(productPage.price).toContainText(expectedPrice)
      await expect(productPage.stockState).toHaveAttribute("data-state", /in-stock|low-stock/)
      await expect(productPage.composition).toContainText(`${product.composition[0].percent}%`)
      await expect(productPage.origin).toContainText(/Cambodia/)
    })

    await test.step("add to cart: the badge updates at once", async () => {
      await productPage.addToCart.click()
      await expect(header.cartCount).toHaveText("1")
    })

    await test.step("the cart shows the line in the region's currency", async () => {
      await header.cartLink.click()
      const cart = new CartPage(page)
      await expect(page).toHaveURL(new RegExp(`/${visitor.country}/cart`))
      const line = cart.line(inStock.sku)
      await expect(line).toBeVisible()
      await expect(line.getByTestId("cart-line-title")).toContainText(product.title)
      await expect(line.getByTestId("cart-line-total")).toHaveText(expectedPrice)
      await expect(cart.subtotal).toContainText(expectedPrice)
      if (visitor.taxIncluded) await expect(cart.taxNote).toBeVisible()
    })
  })
}

test("a sold-out variant cannot be added to the cart", async ({ page }) => {
  const { product, soldOut, inStock } = garmentWithSoldOutVariant()
  const productPage = new ProductPage(page)
  await productPage.open("us", product.handle)
  await productPage.choose(soldOut.options)
  await expect(productPage.stockState).toHaveAttribute("data-state", "out-of-stock")
  await expect(productPage.addToCart).toBeDisabled()

  await productPage.choose(inStock.options)
  await expect(productPage.addToCart).toBeEnabled()
})

test("changing quantity and removing a line update the cart totals", async ({ page }) => {
  const { product, inStock } = garmentWithSoldOutVariant()
  await new ProductPage(page).addVariantToCart("gb", product.handle, inStock.options)

  const cart = new CartPage(page)
  await cart.open("gb")
  const line = cart.line(inStock.sku)
  await line.getByTestId("cart-line-increment").click()
  await expect(line.getByTestId("cart-line-quantity")).toHaveText("2")
  await expect(line.getByTestId("cart-line-total")).toHaveText(formatPrice(inStock.prices.gbp * 2, "gbp"))
  await expect(cart.subtotal).toContainText(formatPrice(inStock.prices.gbp * 2, "gbp"))

  await line.getByTestId("cart-line-remove").click()
  await expect(cart.empty).toBeVisible()
  await expect(new Header(page).cartCount).toHaveCount(0)
})

test("the country selector switches region and currency", async ({ page }) => {
  const { product, inStock } = garmentWithSoldOutVariant()
  const productPage = new ProductPage(page)
  await productPage.open("us", product.handle)
  await productPage.choose(inStock.options)
  await expect(productPage.price).toContainText(formatPrice(inStock.prices.usd, "usd"))

  await new Header(page).chooseCountry("au")
  await expect(page).toHaveURL(new RegExp(`/au/products/${product.handle}`))
  await productPage.choose(inStock.options)
  await expect(productPage.price).toContainText(formatPrice(inStock.prices.aud, "aud"))
})
