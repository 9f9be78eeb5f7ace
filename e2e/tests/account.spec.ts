import AxeBuilder from "@axe-core/playwright"
import { expect, test } from "@playwright/test"
import { Account, type Buyer } from "../pages/account"
import { waitForEmail } from "../support/checkout"

/**
 * Customer accounts: register, sign out and in, errors, address book, order
 * history, password reset. Each test registers its own customer, so tests
 * can run in parallel. (Order-related account tests live with checkout.)
 */

let counter = 0
function newBuyer(): Buyer {
  counter += 1
  return { firstName: "Ada", lastName: "Lovelace", email: `ada+${Date.now()}-${counter}-${test.info().workerIndex}@example.com`, password: "mekong-silk-2024" }
}

test("a new customer registers, lands on her account, signs out and signs in again", async ({ page }) => {
  const buyer = newBuyer()
  const account = new Account(page)

  await test.step("register", async () => {
    await account.register(buyer)
    await account.expectOverview(buyer)
    await expect(account.headerLink).toHaveAttribute("data-signed-in", "true")
    await expect(account.headerLink).toHaveAccessibleName("Account")
  })

  await test.step("sign out: back home, signed out", async () => {
    await account.signOut()
    await expect(account.headerLink).toHaveAttribute("data-signed-in", "false")
    await expect(account.headerLink).toHaveAccessibleName("Sign in")
  })

  await test.step("the account needs a session: sign in, then back to it", async () => {
    await page.goto("/us/account/orders")
    await expect(page).toHaveURL(/\/us\/account\/login\?next=%2Fus%2Faccount%2Forders/)
    await account.fillSignIn(buyer.email, buyer.password)
    await expect(page).toHaveURL(/\/us\/account\/orders$/)
    await page.getByTestId("account-nav-overview").click()
    await account.expectOverview(buyer)
  })
})

test("sign-in and registration errors are explained", async ({ page }) => {
  const buyer = newBuyer()
  const account = new Account(page)
  await account.registerAndSignOut(buyer)

  await test.step("wrong password", async () => {
    await account.signIn(buyer.email, "not-her-password")
    await expect(account.error).toHaveText(/don't match an account/)
    await expect(page).toHaveURL(/\/us\/account\/login/)
    // What she typed stays, so she can correct it.
    await expect(page.getByTestId("login-form").getByLabel("Email")).toHaveValue(buyer.email)
  })

  await test.step("an email that is already registered", async () => {
    await account.register({ ...buyer, password: "another-password-1" })
    await expect(account.error).toHaveText(/already exists/)
    await expect(page).toHaveURL(/\/us\/account\/register/)
  })

  await test.step("a password that is too short", async () => {
    await account.register({ ...newBuyer(), password: "short" })
    await expect(account.error).toHaveText(/check the highlighted fields/)
    const password = page.getByTestId("register-form").getByLabel("Password")
    await expect(password).toHaveAttribute("aria-invalid", "true")
    await expect(page.getByText("Use at least 8 characters.")).toBeVisible()
  })
})

test("after too many wrong passwords she is told when she may try again", async ({ page }) => {
  // The backend allows 10 sign-in attempts per address and email in 15 minutes (AUTH_RATE_LIMIT_LOGIN).
  const account = new Account(page)
  const email = `nobody+${Date.now()}-${test.info().workerIndex}@example.com`
  await page.goto("/us/account/login")
  const attempt = async (password: string) => {
    // Wait for this attempt's answer (the error text alone would still show the previous one).
    const answered = page.waitForResponse((r) => r.request().method() === "POST" && (r.request().postData() ?? "").includes(password))
    await account.fillSignIn(email, password)
    await answered
  }
  for (let n = 1; n <= 10; n++) {
    await attempt(`wrong-password-${n}`)
    await expect(account.error).toHaveText(/don't match an account/)
  }
  await attempt("wrong-password-11")
  await expect(account.error).toHaveText(/^Too many attempts — try again in \d+ minutes?\.$/)
})

test("?next= brings her back after signing in, and only to this site", async ({ page }) => {
  const buyer = newBuyer()
  const account = new Account(page)
  await account.registerAndSignOut(buyer)

  await account.signIn(buyer.email, buyer.password, `?next=${encodeURIComponent("/us/cart")}`)
  await expect(page).toHaveURL(/\/us\/cart$/)

  await page.goto("/us/account")
  await account.signOut()
  await account.signIn(buyer.email, buyer.password, `?next=${encodeURIComponent("//evil.example/phish")}`)
  await account.expectOverview(buyer)
})

test("the address book adds, lists, changes and deletes addresses", async ({ page }) => {
  const buyer = newBuyer()
  const account = new Account(page)
  await account.register(buyer)
  await account.expectOverview(buyer)

  await page.getByTestId("account-nav-addresses").click()
  await expect(page.getByTestId("addresses-empty")).toBeVisible()

  await test.step("add an address: listed, and the default for shipping", async () => {
    await page.getByTestId("address-add").click()
    const form = page.getByTestId("address-form")
    await form.getByLabel("First name").fill("Ada")
    await form.getByLabel("Last name").fill("Lovelace")
    await form.getByLabel("Address", { exact: true }).fill("12 Silk Road")
    await form.getByLabel("Postal code").fill("10001")
    await form.getByLabel("City").fill("New York")
    await form.getByLabel("Country").selectOption("us")
    await form.getByLabel("Use as my default shipping address").check()
    await page.getByTestId("address-save").click()
    await expect(page.getByTestId("addresses-notice")).toHaveText("The address has been saved.")
    const card = page.getByTestId("address-card")
    await expect(card).toHaveCount(1)
    await expect(card).toContainText("12 Silk Road")
    await expect(card).toContainText("New York")
    await expect(card).toContainText("Default shipping address")
  })

  await test.step("the country list holds only countries the store ships to", async () => {
    await page.getByTestId("address-add").click()
    const options = await page.getByTestId("address-form").getByLabel("Country").locator("option").evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value))
    expect(options).toContain("us")
    expect(options).toContain("fr")
    expect(options).not.toContain("kp")
    await page.getByTestId("address-form").getByRole("button", { name: "Cancel" }).click()
  })

  await test.step("edit it", async () => {
    await page.getByRole("button", { name: "Edit the address 12 Silk Road, New York" }).click()
    await page.getByTestId("address-form").getByLabel("City").fill("Brooklyn")
    await page.getByTestId("address-save").click()
    await expect(page.getByTestId("address-card")).toContainText("Brooklyn")
  })

  await test.step("delete it, after confirming", async () => {
    await page.getByRole("button", { name: "Delete the address 12 Silk Road, Brooklyn" }).click()
    await page.getByTestId("address-delete-confirm").click()
    await expect(page.getByTestId("addresses-empty")).toBeVisible()
  })
})

test("a new customer's order history says there are no orders yet", async ({ page }) => {
  const buyer = newBuyer()
  const account = new Account(page)
  await account.register(buyer)
  await account.expectOverview(buyer)
  await page.getByTestId("account-nav-orders").click()
  await expect(page).toHaveURL(/\/us\/account\/orders$/)
  await expect(page.getByTestId("orders-empty")).toHaveText("You have no orders yet.")
})

test("forgot password: same answer for any address, and the emailed link sets a new password", async ({ page }) => {
  const buyer = newBuyer()
  const account = new Account(page)
  await account.registerAndSignOut(buyer)

  const ask = async (email: string) => {
    await page.goto("/us/account/forgot-password")
    await page.getByTestId("forgot-form").getByLabel("Email").fill(email)
    await page.getByTestId("forgot-submit").click()
    await expect(page.getByTestId("forgot-sent")).toHaveText(`If an account exists for ${email}, we have sent it a link to reset the password. The link works once, for 15 minutes. If nothing arrives, check your spam folder.`)
  }
  await ask(`nobody+${Date.now()}@example.com`)
  await ask(buyer.email)

  const email = await waitForEmail(buyer.email, "password-reset")
  const body = (email.text ?? email.html).replace(/&amp;/g, "&")
  const link = /https?:\/\/[^\s"'<>]+\/account\/reset-password\?[^\s"'<>]+/.exec(body)?.[0]
  expect(link, "a reset link in the email").toBeTruthy()
  const url = new URL(link!)
  await page.goto(`${url.pathname}${url.search}`)

  const newPassword = "tloc-chreau-weave-7"
  const form = page.getByTestId("reset-form")
  await form.getByLabel("New password", { exact: true }).fill(newPassword)
  await form.getByLabel("Confirm the new password", { exact: true }).fill("something-else-1")
  await page.getByTestId("reset-submit").click()
  await expect(page.getByText("The two passwords do not match.")).toBeVisible()
  await form.getByLabel("Confirm the new password", { exact: true }).fill(newPassword)
  await page.getByTestId("reset-submit").click()
  await expect(page.getByTestId("reset-done")).toContainText("Your password has been changed")

  await page.getByTestId("reset-sign-in").click()
  await account.fillSignIn(buyer.email, buyer.password)
  await expect(account.error).toHaveText(/don't match an account/)
  await account.fillSignIn(buyer.email, newPassword)
  await account.expectOverview(buyer)
})

test("account pages speak French and have no serious accessibility violations", async ({ page }) => {
  const buyer = newBuyer()
  const account = new Account(page)
  const serious = async () =>
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze()).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)

  for (const path of ["/us/account/login", "/us/account/register", "/us/account/forgot-password"]) {
    await page.goto(path)
    await expect(page.locator("h1")).toBeVisible()
    expect(await serious(), path).toEqual([])
  }
  await account.register(buyer)
  await account.expectOverview(buyer)
  for (const path of ["/us/account", "/us/account/orders", "/us/account/addresses", "/us/account/profile"]) {
    await page.goto(path)
    await expect(page.locator("h1")).toBeVisible()
    expect(await serious(), path).toEqual([])
  }

  await page.goto("/us/account")
  await page.getByTestId("locale-switch-fr").click()
  await expect(page.locator("html")).toHaveAttribute("lang", "fr")
  await expect(page.getByTestId("account-greeting")).toHaveText(`Bonjour, ${buyer.firstName}`)
  await expect(page.getByTestId("account-nav-orders")).toHaveText("Commandes")
  await expect(account.headerLink).toHaveAccessibleName("Compte")
})
