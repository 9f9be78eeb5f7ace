import { readFile } from "node:fs/promises"
import { expect, test, type Page } from "@playwright/test"
import { PDFParse } from "pdf-parse"
import { Account } from "../pages/account"
import { CheckoutPage } from "../pages/checkout"
import { ProductPage } from "../pages/store"
import { stockedVariant } from "../support/catalog"
import { fakeStripe } from "../support/checkout"
import { ADMIN, ADMIN_URL, completeExporterSettings, issueExportDocumentsAsStaff } from "../support/export"
import { routeStripe } from "../stripe-fake/stripe-js"

/**
 * The buyer's side of the export paperwork: once AFESIP has issued the
 * commercial invoice, she downloads it from her order page; nobody else can.
 */
test.beforeEach(async ({ context }) => {
  await routeStripe(context, fakeStripe.url)
})

const unique = (name: string) => `${name}+${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`

async function register(page: Page, firstName: string, email: string) {
  const buyer = { firstName, lastName: "Buyer", email, password: "mekong-silk-2024" }
  const account = new Account(page)
  await account.register(buyer)
  await account.expectOverview(buyer)
}

/** Buys one well-stocked piece (the n-th) with 4242 and returns the order's id. */
async function buy(page: Page, index: number, email: string, firstName: string) {
  const { product, variant } = stockedVariant(index)
  await new ProductPage(page).addVariantToCart("us", product.handle, variant.options)
  const checkout = new CheckoutPage(page)
  await checkout.open("us")
  await checkout.fillDetails({ email, first_name: firstName, last_name: "Buyer", address_1: "410 Harbor Street", postal_code: "98101", city: "Seattle", country: "us" })
  await checkout.chooseDelivery(/Standard/)
  await checkout.payWith("4242424242424242")
  await expect(page).toHaveURL(/\/order\/order_[A-Za-z0-9]+\/confirmed/)
  return { orderId: page.url().match(/order_[A-Za-z0-9]+/)![0], product }
}

async function pdfText(pdf: Buffer) {
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
  const parser = new PDFParse({ data: pdf })
  const { text } = await parser.getText()
  await parser.destroy()
  return text
}

test("a buyer downloads the commercial invoice of her order; another customer gets 404", async ({ page, browser }) => {
  const email = unique("invoice")
  await register(page, "Chenda", email)
  const { orderId, product } = await buy(page, 8, email, "Chenda")

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
    const text = await pdfText(await readFile((await download.path())!))
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

test("staff pack an order and issue its documents from the order page in the Admin", async ({ page: buyer, browser }) => {
  const email = unique("admin-issue")
  const { orderId, product } = await buy(buyer, 9, email, "Sophea")
  await completeExporterSettings()

  // In production the Admin's session cookie is Secure: staff reach it through the TLS proxy,
  // which the test stands in for with the header the backend trusts.
  const staff = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-proto": "https" } })
  const page = await staff.newPage()
  await page.goto(`${ADMIN_URL}/login`)
  await page.getByPlaceholder("Email").fill(ADMIN.email)
  await page.getByPlaceholder("Password").fill(ADMIN.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((url) => !url.pathname.endsWith("/login"))
  await page.goto(`${ADMIN_URL}/orders/${orderId}`)

  const widget = page.getByTestId("order-export-documents")
  await expect(widget.getByText("retail order to US")).toBeVisible()
  await expect(widget.getByText("is not in any carton yet")).toBeVisible()
  const issue = widget.getByRole("button", { name: "Issue documents" })
  await expect(issue).toBeDisabled()

  await test.step("pack everything in one carton and save the profile", async () => {
    await widget.getByRole("button", { name: "One carton with everything" }).click()
    await expect(widget.getByText("CTN 1/1")).toBeVisible()
    await widget.getByRole("button", { name: "Save export profile" }).click()
    await expect(widget.getByText("Before the documents can be issued")).toHaveCount(0)
    await expect(issue).toBeEnabled()
  })

  await test.step("issue, then download the commercial invoice", async () => {
    await issue.click()
    const current = widget.getByRole("listitem").filter({ hasText: "Current" })
    await expect(current).toContainText(/CI-\d{4}-\d{5}/)
    const number = (await current.textContent())!.match(/CI-\d{4}-\d{5}/)![0]
    const [download] = await Promise.all([page.waitForEvent("download"), current.getByRole("button", { name: "Commercial invoice" }).click()])
    expect(download.suggestedFilename()).toBe(`${number}.pdf`)
    const text = await pdfText(await readFile((await download.path())!))
    expect(text).toContain(`Invoice no. ${number}`)
    expect(text).toContain(product.title)
    expect(text).toContain("DAP Seattle, US")
  })

  await test.step("reissuing voids the first set and keeps it listed", async () => {
    await widget.getByRole("button", { name: "Reissue documents" }).click()
    await expect(widget.getByRole("listitem").filter({ hasText: "Void" })).toContainText("Replaced by CI-")
    await expect(widget.getByRole("listitem").filter({ hasText: "Current" })).toHaveCount(1)
  })
  await staff.close()
})
