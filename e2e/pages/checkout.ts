import { expect, type FrameLocator, type Page } from "@playwright/test"

export type Buyer = {
  email: string
  first_name: string
  last_name: string
  address_1: string
  postal_code: string
  city: string
  country: string
}

/** "I'm buying for a business": the company and tax IDs by their field labels, e.g. { "VAT number": "DE123456789" }. */
export type BusinessBuyer = { company: string; taxIds: Record<string, string> }

/** The checkout page: details → delivery → payment → review → place order. */
export class CheckoutPage {
  constructor(private readonly page: Page) {}

  async open(countryCode: string) {
    await this.page.goto(`/${countryCode}/checkout`)
  }
  get error() { return this.page.getByTestId("checkout-error") }
  get shippingOptions() { return this.page.getByTestId("shipping-option") }
  get placeOrder() { return this.page.getByTestId("place-order") }
  get reviewButton() { return this.page.getByTestId("review-button") }
  get summaryItems() { return this.page.getByTestId("summary-items") }
  get summaryShipping() { return this.page.getByTestId("summary-shipping") }
  get summaryTax() { return this.page.getByTestId("summary-tax") }
  get summaryTotal() { return this.page.getByTestId("summary-total") }
  get summaryDiscount() { return this.page.getByTestId("summary-discount") }
  get dutiesNote() { return this.page.getByTestId("duties-note") }
  get taxNote() { return this.page.getByTestId("tax-note") }
  /** Stripe's Payment Element lives in an iframe (the real one, or the test double). */
  get cardFrame(): FrameLocator { return this.page.frameLocator('iframe[title="Secure payment input frame"]') }

  async fillDetails(buyer: Buyer, business?: BusinessBuyer) {
    await this.enterDetails(buyer, business)
    await this.page.getByTestId("details-submit").click()
    await expect(this.page.getByTestId("details-summary")).toContainText(buyer.email)
  }

  /** Fills the details step without sending it. */
  async enterDetails(buyer: Buyer, business?: BusinessBuyer) {
    const p = this.page
    await p.getByLabel("Email").fill(buyer.email)
    await p.getByLabel("First name").fill(buyer.first_name)
    await p.getByLabel("Last name").fill(buyer.last_name)
    await p.getByLabel("Address", { exact: true }).fill(buyer.address_1)
    await p.getByLabel("Postal code").fill(buyer.postal_code)
    await p.getByLabel("City").fill(buyer.city)
    await p.getByLabel("Country").selectOption(buyer.country)
    if (business) await this.fillBusiness(business)
  }

  get businessToggle() { return this.page.getByRole("checkbox", { name: "I'm buying for a business" }) }
  /** A tax ID field by its label ("VAT number", "EORI number", "EIN", …). */
  taxIdField(label: string) { return this.page.getByRole("textbox", { name: new RegExp(`^${label} \\(optional\\)$`) }) }

  async fillBusiness(business: BusinessBuyer) {
    await this.businessToggle.check()
    await this.page.getByRole("textbox", { name: "Company name" }).fill(business.company)
    for (const [label, value] of Object.entries(business.taxIds)) await this.taxIdField(label).fill(value)
  }

  /** Picks a delivery option by name and returns the price it shows. */
  async chooseDelivery(name: RegExp): Promise<string> {
    const option = this.shippingOptions.filter({ hasText: name }).first()
    await option.click()
    const price = (await option.locator("span.font-semibold").last().textContent())?.trim() ?? ""
    await this.page.getByTestId("delivery-submit").click()
    return price
  }

  async enterCard(number: string) {
    const frame = this.cardFrame
    await frame.getByLabel("Card number").fill(number)
    await frame.getByLabel(/Expiration date/).fill("12 / 34")
    await frame.getByLabel("Security code").fill("123")
  }

  /** Enters a card on the payment step, goes to review and places the order. */
  async payWith(number: string) {
    await this.enterCard(number)
    await this.reviewButton.click()
    await expect(this.page.getByTestId("review")).toBeVisible()
    await this.placeOrder.click()
  }
}

export class ConfirmationPage {
  constructor(private readonly page: Page) {}
  get title() { return this.page.getByTestId("order-confirmed-title") }
  get total() { return this.page.getByTestId("order-total") }
  get items() { return this.page.getByTestId("order-items-total") }
  get shipping() { return this.page.getByTestId("order-shipping") }
  get tax() { return this.page.getByTestId("order-tax") }
  async orderNumber(): Promise<number> {
    const text = (await this.title.textContent()) ?? ""
    return Number(/#\s?(\d+)/.exec(text)?.[1])
  }
}
