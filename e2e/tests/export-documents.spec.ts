import { readFile } from "node:fs/promises"
import { expect, test } from "@playwright/test"
import { PDFParse } from "pdf-parse"
import { CheckoutPage } from "../pages/checkout"
import { ProductPage } from "../pages/store"
import { stockedVariant } from "../support/catalog"
import { fakeStripe } from "../support/checkout"
import { issueExportDocumentsAsStaff } from "../support/export"
import { routeStripe } from "../stripe-fake/stripe-js"

/**
 * The buyer's side of the export paperwork: once AFESIP has issued the
 * commercial invoice, she downloads it from her order page; nobody else can.
 */
test.beforeEach(async ({ context }) => {
  await routeStripe(context, fakeStripe.url)
})

const unique = (name: string) => `${name}+${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`

async function register(page: import("@playwright/test").Page, firstName: string, email: string) {
  await page.goto("/us/account/register")
  const form = page.getByTestId("register-form")
  await form.getByLabel("First name").fill(firstName)
  await form.getByLabel("Last name").fill("Buyer")
  await form.getByLabel("Email").fill(email)
  await form.getByLabel("Password").fill("mekong-silk-2024")
  await page.getByTestId("register-submit").click()
  await expect(page.getByTestId("account-greeting")).toContainText(firstName)
}

test("a buyer downloads the commercial invoice of her order; another customer gets 404", async ({ page, browser }) => {
  const email = unique("invoice")
  await register(page, "Chenda", email)
  const { product, variant } = stockedVariant(8)
  await new ProductPage(page).addVariantToCart("us", product.handle, variant.options)
  const checkout = new CheckoutPage(page)
  await checkout.open("us")
  await checkout.fillDetails({ email, first_name: "Chenda", last_name: "Buyer", address_1: "410 Harbor Street", postal_code: "98101", city: "Seattle", country: "us" })
  await checkout.chooseDelivery(/Standard/)
  await checkout.payWith("4242424242424242")
  await expect(page).toHaveURL(/\/order\/order_[A-Za-z0-9]+\/confirmed/)
  const orderId = page.url().match(/order_[A-Za-z0-9]+/)![0]

  await test.step("before AFESIP issues it, the order page offers no invoice", async () => {
    await page.goto(`/us/account/orders/${orderId}`)
    await expect(page.getByTestId("order-title")).toBeVisible()
    await expect(page.getByTestId("commercial-invoice-link")).toHaveCount(0)
  })

  const number = await issueExportDocumentsAsStaff(orderId)

  await test.step("once issued, she downloads it as a PDF with its number", async () => {
    await page.reload()
    const link = page.getByTestId("commercial-invoice-link")
    await expect(link).toHaveText(`Commercial invoice ${number}`)
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()])
    expect(download.suggestedFilename()).toBe(`${number}.pdf`)
    const pdf = await readFile((await download.path())!)
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const parser = new PDFParse({ data: pdf })
    const { text } = await parser.getText()
    await parser.destroy()
    expect(text).toContain("Commercial Invoice")
    expect(text).toContain(number)
    expect(text).toContain(product.title)
  })

  await test.step("another signed-in customer gets 404 for the invoice and the order", async () => {
    const context = await browser.newContext()
    const other = await context.newPage()
    await register(other, "Dara", unique("other"))
    const invoice = await other.request.get(`/us/account/orders/${orderId}/commercial-invoice`)
    expect(invoice.status()).toBe(404)
    expect((await invoice.body()).subarray(0, 5).toString()).not.toBe("%PDF-")
    const orderPage = await other.goto(`/us/account/orders/${orderId}`)
    expect(orderPage?.status()).toBe(404)
    await context.close()
  })
})
