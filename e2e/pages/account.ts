import { expect, type Page } from "@playwright/test"

/** A customer as the account forms take her. */
export type Buyer = { firstName: string; lastName: string; email: string; password: string }

/** Locators and steps of the account pages (data-testid and accessible names). */
export class Account {
  constructor(private readonly page: Page, private readonly country = "us") {}
  get headerLink() { return this.page.getByTestId("account-link") }
  get greeting() { return this.page.getByTestId("account-greeting") }
  get error() { return this.page.getByTestId("account-error") }
  get signOutButton() { return this.page.getByTestId("sign-out") }

  async register(buyer: Buyer) {
    await this.page.goto(`/${this.country}/account/register`)
    await this.fillRegistration(buyer)
    await this.page.getByTestId("register-submit").click()
  }
  async fillRegistration(buyer: Buyer) {
    const form = this.page.getByTestId("register-form")
    await form.getByLabel("First name").fill(buyer.firstName)
    await form.getByLabel("Last name").fill(buyer.lastName)
    await form.getByLabel("Email").fill(buyer.email)
    await form.getByLabel("Password").fill(buyer.password)
  }
  async signIn(email: string, password: string, query = "") {
    await this.page.goto(`/${this.country}/account/login${query}`)
    await this.fillSignIn(email, password)
  }
  async fillSignIn(email: string, password: string) {
    const form = this.page.getByTestId("login-form")
    await form.getByLabel("Email").fill(email)
    await form.getByLabel("Password").fill(password)
    await this.page.getByTestId("login-submit").click()
  }
  /** Signs out from the account page: back on the home page. */
  async signOut() {
    await this.signOutButton.click()
    await expect(this.page).toHaveURL(new RegExp(`/${this.country}$`))
  }
  /** A new customer with an account, signed out again (for tests that start at the sign-in form). */
  async registerAndSignOut(buyer: Buyer) {
    await this.register(buyer)
    await this.expectOverview(buyer)
    await this.signOut()
  }
  async expectOverview(buyer: Buyer) {
    await expect(this.page).toHaveURL(new RegExp(`/${this.country}/account$`))
    await expect(this.greeting).toHaveText(`Hello, ${buyer.firstName}`)
  }
}
