import { expect, type Locator, type Page } from "@playwright/test"

/** Page objects own the locators (data-testid); tests own the intent. */

export const slug = (value: string) => value.toLowerCase().replace(/\s+/g, "-")

export class Header {
  constructor(private readonly page: Page) {}
  get countrySelect() { return this.page.getByTestId("country-select") }
  get cartCount() { return this.page.getByTestId("cart-count") }
  get cartLink() { return this.page.getByTestId("cart-link") }
  localeSwitch(locale: "en" | "fr") { return this.page.getByTestId(`locale-switch-${locale}`) }

  async chooseCountry(countryCode: string) {
    await this.countrySelect.selectOption(countryCode)
    await expect(this.page).toHaveURL(new RegExp(`/${countryCode}(/|$|\\?)`))
  }
}

export class Listing {
  constructor(private readonly page: Page) {}
  async open(countryCode: string, query = "") {
    await this.page.goto(`/${countryCode}/store${query}`)
  }
  get cards() { return this.page.getByTestId("product-card") }
  get resultsCount() { return this.page.getByTestId("results-count") }
  get sort() { return this.page.getByTestId("sort-select") }
  categoryLink(handle: string) { return this.page.getByTestId(`category-link-${handle}`) }
  collectionLink(handle: string) { return this.page.getByTestId(`collection-link-${handle}`) }
  sizeFilter(size: string) { return this.page.getByTestId(`filter-size-${slug(size)}`) }
  colourFilter(colour: string) { return this.page.getByTestId(`filter-colour-${slug(colour)}`) }
  card(handle: string) { return this.page.locator(`[data-testid="product-card"][data-handle="${handle}"]`) }
  async handles() {
    return this.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute("data-handle") ?? ""))
  }
}

export class ProductPage {
  constructor(private readonly page: Page) {}
  async open(countryCode: string, handle: string) {
    await this.page.goto(`/${countryCode}/products/${handle}`)
  }
  get title() { return this.page.getByTestId("product-title") }
  get price() { return this.page.getByTestId("product-price") }
  get stockState() { return this.page.getByTestId("stock-state") }
  get addToCart() { return this.page.getByTestId("add-to-cart-button") }
  get composition() { return this.page.getByTestId("product-composition") }
  get care() { return this.page.getByTestId("product-care") }
  get origin() { return this.page.getByTestId("product-origin") }
  option(title: string, value: string): Locator {
    return this.page.getByTestId(`option-${slug(title)}-${slug(value)}`)
  }
  async choose(options: Record<string, string>) {
    for (const [title, value] of Object.entries(options)) await this.option(title, value).click()
  }
  /** Puts one unit of a variant in a fresh cart and waits for the header badge. */
  async addVariantToCart(countryCode: string, handle: string, options: Record<string, string>) {
    await this.open(countryCode, handle)
    await this.choose(options)
    await this.addToCart.click()
    await expect(new Header(this.page).cartCount).toHaveText("1")
  }
}

export class CartPage {
  constructor(private readonly page: Page) {}
  async open(countryCode: string) {
    await this.page.goto(`/${countryCode}/cart`)
  }
  get lines() { return this.page.getByTestId("cart-line") }
  line(sku: string) { return this.page.locator(`[data-testid="cart-line"][data-sku="${sku}"]`) }
  get subtotal() { return this.page.getByTestId("cart-subtotal") }
  get total() { return this.page.getByTestId("cart-total") }
  get taxNote() { return this.page.getByTestId("cart-tax-note") }
  get empty() { return this.page.getByTestId("cart-empty") }
}
