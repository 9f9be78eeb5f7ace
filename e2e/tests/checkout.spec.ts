import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"
import { dutiesFor } from "../../backend/src/lib/customs/duties"
import { Account } from "../pages/account"
import { CheckoutPage, ConfirmationPage, type Buyer } from "../pages/checkout"
import { ProductPage } from "../pages/store"
import { stockedVariant } from "../support/catalog"
import { fakeStripe, waitForEmail } from "../support/checkout"
import { routeStripe } from "../stripe-fake/stripe-js"

/**
 * Checkout against the real backend with Medusa's Stripe provider pointed at
 * the local fake Stripe API; the browser gets the Stripe.js double through
 * Playwright's routing (js.stripe.com / api.stripe.com never leave the machine).
 */
test.beforeEach(async ({ context }) => {
  await routeStripe(context, fakeStripe.url)
})

/** "$1,234.50" / "€124.00" → 1234.5 */
const amountOf = (text: string | null) => Number((text ?? "").replace(/[^0-9.]/g, ""))
const unique = (name: string) => `${name}+${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`

const buyers: Record<"us" | "de", Buyer> = {
  us: { email: "", first_name: "Maya", last_name: "Johnson", address_1: "410 Harbor Street", postal_code: "98101", city: "Seattle", country: "us" },
  de: { email: "", first_name: "Lena", last_name: "Schmidt", address_1: "Kastanienallee 12", postal_code: "10435", city: "Berlin", country: "de" },
}

async function fillCart(page: Page, countryCode: string, index: number) {
  const { product, variant } = stockedVariant(index)
  await new ProductPage(page).addVariantToCart(countryCode, product.handle, variant.options)
  return { product, variant }
}

const cases = [
  { country: "us" as const, currency: "usd" as const, index: 0, vat: 0 },
  { country: "de" as const, currency: "eur" as const, index: 1, vat: 19 },
]

for (const c of cases) {
  test(`a buyer in ${c.country.toUpperCase()} pays ${c.currency.toUpperCase()} with 4242 and sees the right totals`, async ({ page, browser }) => {
    const buyer = { ...buyers[c.country], email: unique(`buyer-${c.country}`) }
    const { variant } = await fillCart(page, c.country, c.index)
    const checkout = new CheckoutPage(page)
    const started = Date.now()

    await checkout.open(c.country)
    await checkout.fillDetails(buyer)
    await expect(checkout.shippingOptions.filter({ hasText: /Standard/ })).toContainText(/business days/)
    const shippingText = await checkout.chooseDelivery(/Standard/)

    await test.step("totals come from the server and say how tax and duties work", async () => {
      const price = variant.prices[c.currency]
      await expect(checkout.summaryItems).toHaveText(new RegExp(price.toFixed(2).replace(".", "\\.")))
      await expect(checkout.summaryShipping).toHaveText(shippingText)
      const expectedDuties = dutiesFor({ country_code: c.country, currency: c.currency, goods_value: c.vat ? price / (1 + c.vat / 100) : price }).outcome
      await expect(checkout.dutiesNote).toHaveAttribute("data-duties", expectedDuties)
      if (c.vat) await expect(checkout.taxNote).toContainText("include VAT")
    })

    await checkout.payWith("4242424242424242")
    await expect(page).toHaveURL(/\/order\/order_[A-Za-z0-9]+\/confirmed/)
    const confirmation = new ConfirmationPage(page)
    await expect(confirmation.title).toContainText("is confirmed")
    console.log(`checkout ${c.country}: ${((Date.now() - started) / 1000).toFixed(1)} s from checkout page to confirmation`)

    const items = amountOf(await confirmation.items.textContent())
    const shipping = amountOf(await confirmation.shipping.textContent())
    const tax = amountOf(await confirmation.tax.textContent())
    const total = amountOf(await confirmation.total.textContent())
    expect(items).toBeCloseTo(variant.prices[c.currency], 2)
    expect(shipping).toBeCloseTo(amountOf(shippingText), 2)
    if (c.vat) {
      // Tax-inclusive: the total is items + shipping, and the VAT inside it is shown.
      await expect(page.getByText("Included VAT/GST")).toBeVisible()
      expect(total).toBeCloseTo(items + shipping, 2)
      expect(tax).toBeCloseTo(total - total / (1 + c.vat / 100), 1)
    } else {
      expect(total).toBeCloseTo(items + shipping + tax, 2)
    }

    await test.step("Stripe charged the order total once, and the confirmation email went out", async () => {
      const state = await fakeStripe.state()
      const mine = state.intents.filter((i) => i.amount === Math.round(total * 100) && i.currency === c.currency && i.created * 1000 >= started - 5_000)
      const paid = mine.filter((i) => i.status === "succeeded")
      expect(paid).toHaveLength(1)
      // Automatic capture: confirmed once, never captured or refunded afterwards.
      expect(state.counts[paid[0].id]).toMatchObject({ confirm: 1, capture: 0, refund: 0 })
      const orderNumber = await confirmation.orderNumber()
      const email = await waitForEmail(buyer.email, "order-confirmation")
      expect(email.subject).toContain(`#${orderNumber}`)
    })

    await test.step("another browser cannot open the confirmation page", async () => {
      const stranger = await browser.newContext()
      const response = await (await stranger.newPage()).goto(page.url())
      expect(response?.status()).toBe(404)
      await stranger.close()
    })
  })
}

test("a 3-D Secure card completes after the bank's challenge", async ({ page }) => {
  await fillCart(page, "us", 2)
  const checkout = new CheckoutPage(page)
  await checkout.open("us")
  await checkout.fillDetails({ ...buyers.us, email: unique("threeds") })
  await checkout.chooseDelivery(/Express/)
  await checkout.payWith("4000002500003155")
  const challenge = page.getByRole("dialog", { name: "3D Secure authentication" })
  await expect(challenge).toBeVisible()
  await challenge.getByRole("button", { name: "Complete authentication" }).click()
  await expect(page).toHaveURL(/\/order\/order_[A-Za-z0-9]+\/confirmed/)
  await expect(new ConfirmationPage(page).title).toContainText("is confirmed")
})

test("a declined card shows why, and the buyer retries with another card", async ({ page }) => {
  await fillCart(page, "us", 3)
  const checkout = new CheckoutPage(page)
  await checkout.open("us")
  await checkout.fillDetails({ ...buyers.us, email: unique("declined") })
  await checkout.chooseDelivery(/Express/)

  await checkout.payWith("4000000000000002")
  await expect(checkout.error).toHaveText("Your card was declined.")
  await expect(page).toHaveURL(/\/checkout/)

  await checkout.enterCard("4000000000009995")
  await checkout.reviewButton.click()
  await checkout.placeOrder.click()
  await expect(checkout.error).toHaveText("Your card has insufficient funds.")

  await checkout.payWith("4242424242424242")
  await expect(page).toHaveURL(/\/order\/order_[A-Za-z0-9]+\/confirmed/)
})

test("a signed-in buyer uses a promo code, pays, and finds the order in her history", async ({ page }) => {
  const email = unique("member")
  const member = { firstName: "Sokha", lastName: "Lim", email, password: "mekong-silk-2024" }
  const account = new Account(page)
  await account.register(member)
  await account.expectOverview(member)

  const { variant } = await fillCart(page, "us", 4)
  const checkout = new CheckoutPage(page)
  await checkout.open("us")
  await expect(page.getByLabel("Email")).toHaveValue(email)

  await test.step("a promo code: unknown codes are refused, WELCOME10 takes 10 % off", async () => {
    await page.getByLabel("Promo code").fill("NOT-A-CODE")
    await page.getByRole("button", { name: "Apply" }).click()
    await expect(page.getByRole("alert").filter({ hasText: "not valid" })).toBeVisible()
    await page.getByLabel("Promo code").fill("WELCOME10")
    await page.getByRole("button", { name: "Apply" }).click()
    await expect(page.getByTestId("promo-applied")).toContainText("WELCOME10")
    expect(amountOf(await checkout.summaryDiscount.textContent())).toBeCloseTo(variant.prices.usd * 0.1, 2)
  })

  await checkout.fillDetails({ ...buyers.us, email })
  await checkout.chooseDelivery(/Standard/)
  await checkout.payWith("4242424242424242")
  await expect(page).toHaveURL(/\/order\/order_[A-Za-z0-9]+\/confirmed/)
  const orderNumber = await new ConfirmationPage(page).orderNumber()

  await page.goto("/us/account/orders")
  const row = page.getByTestId("order-row").filter({ hasText: `#${orderNumber}` })
  await expect(row).toBeVisible()
  await row.getByRole("link").first().click()
  await expect(page.getByText(`#${orderNumber}`).first()).toBeVisible()
})

test("a German business buyer gives her company and VAT number, corrects a wrong one, and sees them on the confirmation", async ({ page }) => {
  await fillCart(page, "de", 5)
  const checkout = new CheckoutPage(page)
  await checkout.open("de")
  const buyer = { ...buyers.de, email: unique("business-de") }
  const vat = checkout.taxIdField("VAT number")

  await test.step("a malformed VAT number is refused on its field", async () => {
    await checkout.enterDetails(buyer, { company: "Kastanie Mode GmbH", taxIds: { "VAT number": "DE12" } })
    await expect(checkout.taxIdField("EORI number")).toBeVisible()
    await page.getByTestId("details-submit").click()
    await expect(vat).toHaveAttribute("aria-invalid", "true")
    await expect(vat).toHaveAccessibleDescription(/An EU VAT number starts with the member state's code \(e\.g\. DE123456789\)\./)
    await expect(checkout.error).toHaveText("Please check the highlighted fields.")
    await expect(page.getByTestId("details-summary")).toHaveCount(0)
    const axe = await new AxeBuilder({ page }).include('[data-testid="details-form"]').withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([])
  })

  await test.step("the corrected number is saved compact and comes back when she returns to the step", async () => {
    await vat.fill("de 123 456 789")
    await page.getByTestId("details-submit").click()
    await expect(page.getByTestId("details-business")).toHaveText("Kastanie Mode GmbH · VAT number DE123456789")
    await page.reload()
    await page.getByRole("button", { name: "Edit", exact: true }).click()
    await expect(checkout.businessToggle).toBeChecked()
    await expect(page.getByRole("textbox", { name: "Company name" })).toHaveValue("Kastanie Mode GmbH")
    await expect(vat).toHaveValue("DE123456789")
    await expect(vat).toHaveAttribute("aria-invalid", "false")
    await page.getByTestId("details-submit").click()
    await expect(page.getByTestId("details-summary")).toContainText(buyer.email)
  })

  await checkout.chooseDelivery(/Standard/)
  await checkout.enterCard("4242424242424242")
  await checkout.reviewButton.click()
  await expect(page.getByTestId("review-business")).toHaveText("Kastanie Mode GmbH · VAT number DE123456789")
  await checkout.placeOrder.click()
  await expect(page).toHaveURL(/\/order\/order_[A-Za-z0-9]+\/confirmed/)
  await expect(new ConfirmationPage(page).title).toContainText("is confirmed")
  await expect(page.getByTestId("order-business")).toHaveText("Kastanie Mode GmbH · VAT number DE123456789")
})
