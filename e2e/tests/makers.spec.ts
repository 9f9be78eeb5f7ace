import { expect, test, type Page } from "@playwright/test"
import { PRIVATE_VALUES, revokeConsentAsStaff, seedMaker, seedTeam } from "../support/makers"

async function expectNoPrivateData(page: Page) {
  const html = await page.content()
  for (const value of PRIVATE_VALUES) expect(html).not.toContain(value)
}

test("a product page says who made it: the consenting maker, her team and the cost breakdown", async ({ page }) => {
  const sophea = seedMaker("sophea")
  await page.goto("/us/products/ikat-silk-scarf")
  const madeBy = page.getByTestId("made-by")
  await expect(madeBy).toBeVisible()
  await expect(madeBy.getByTestId("made-by-maker")).toContainText(sophea.display_name)
  await expect(page.getByTestId("cost-breakdown")).toBeVisible()
  await expectNoPrivateData(page)

  // Malis consented to her name only, not to product credits: the team is credited instead.
  await page.goto("/us/products/silk-scrunchie-trio")
  await expect(page.getByTestId("made-by-team")).toContainText(seedTeam("AFF-T03").name.en)
  await expect(page.getByTestId("made-by")).not.toContainText(seedMaker("malis").display_name)
  await expect(page.getByTestId("cost-breakdown")).toHaveCount(0)
})

test("a maker page shows only the fields she consented to, and nothing private", async ({ page }) => {
  const sophea = seedMaker("sophea")
  await page.goto("/us/makers/sophea")
  await expect(page.getByTestId("maker-name")).toHaveText(sophea.display_name)
  await expect(page.getByTestId("maker-story")).toContainText(sophea.story.en.slice(0, 60))
  await expect(page.getByTestId("maker-products")).toBeVisible()
  await expectNoPrivateData(page)

  const malis = seedMaker("malis")
  await page.goto("/us/makers/malis")
  await expect(page.getByTestId("maker-name")).toHaveText(malis.display_name)
  await expect(page.getByTestId("maker-story")).toHaveCount(0)
  await expect(page.getByTestId("maker-products")).toHaveCount(0)

  // Revoked, lapsed and not-yet-consented makers have no page at all.
  for (const handle of ["sokha", "rachana", "thida"]) {
    const response = await page.goto(`/us/makers/${handle}`)
    expect(response?.status()).toBe(404)
    await expectNoPrivateData(page)
  }

  await page.goto("/us/makers")
  const names = await page.getByTestId("maker-card").allInnerTexts()
  expect(names.join(" ")).toContain(sophea.display_name)
  for (const hidden of ["Sokha", "Rachana", "Thida", "Vanna"]) expect(names.join(" ")).not.toContain(hidden)
  await expectNoPrivateData(page)
})

test("after staff revoke her consent, she disappears from her page, the index and the product page within seconds", async ({ page }) => {
  const dara = seedMaker("dara")
  const product = dara.products[0]
  // Warm the storefront caches first, as real visitors would.
  await page.goto("/us/makers/dara")
  await expect(page.getByTestId("maker-name")).toHaveText(dara.display_name)
  await page.goto("/us/makers")
  await expect(page.getByTestId("maker-card").filter({ hasText: dara.display_name })).toHaveCount(1)
  await page.goto(`/us/products/${product}`)
  await expect(page.getByTestId("made-by-maker")).toContainText(dara.display_name)

  const { unpublished } = await revokeConsentAsStaff("dara")
  expect(unpublished).toBe(true)

  await expect(async () => {
    const response = await page.goto("/us/makers/dara")
    expect(response?.status()).toBe(404)
  }).toPass({ timeout: 10_000 })
  await expect(async () => {
    await page.goto("/us/makers")
    await expect(page.getByTestId("maker-card").filter({ hasText: dara.display_name })).toHaveCount(0, { timeout: 500 })
  }).toPass({ timeout: 10_000 })
  await expect(async () => {
    await page.goto(`/us/products/${product}`)
    await expect(page.getByTestId("made-by")).toBeVisible({ timeout: 500 })
    await expect(page.getByTestId("made-by")).not.toContainText(dara.display_name, { timeout: 500 })
  }).toPass({ timeout: 10_000 })
})

test("the French locale shows her story in French", async ({ page, context }) => {
  const bopha = seedMaker("bopha")
  await context.addCookies([{ name: "NEXT_LOCALE", value: "fr", url: test.info().project.use.baseURL! }])
  await page.goto("/fr/makers/bopha")
  await expect(page.locator("html")).toHaveAttribute("lang", "fr")
  await expect(page.getByTestId("maker-story")).toContainText(bopha.story.fr.slice(0, 60))
  await expect(page.getByTestId("maker-story")).not.toContainText(bopha.story.en.slice(0, 40))
})

test("the revalidation endpoint refuses a wrong secret and unknown tags, and accepts the backend's call", async ({ request }) => {
  const secret = process.env.REVALIDATE_SECRET!
  const post = (headers: Record<string, string>, data: unknown) => request.post("/api/revalidate", { headers, data })
  expect((await post({}, { tags: ["makers"] })).status()).toBe(401)
  expect((await post({ "x-revalidate-secret": `${secret}x` }, { tags: ["makers"] })).status()).toBe(401)
  const unknown = await post({ "x-revalidate-secret": secret }, { tags: ["makers", "everything"] })
  expect(unknown.status()).toBe(400)
  expect((await unknown.json()).message).toMatch(/tags must be/)
  expect((await post({ "x-revalidate-secret": secret }, { tags: [] })).status()).toBe(400)
  const ok = await post({ "x-revalidate-secret": secret }, { tags: ["makers", "impact"] })
  expect(ok.status()).toBe(200)
  expect(await ok.json()).toEqual({ revalidated: ["makers", "impact"] })
})

test("a hang-tag code leads to the maker while she is public, otherwise to her team's workshop", async ({ page }) => {
  const sophea = seedMaker("sophea")
  await page.goto(`/us/tag/${sophea.code}`)
  await expect(page).toHaveURL(/\/us\/makers\/sophea$/)
  await expect(page.getByTestId("maker-name")).toHaveText(sophea.display_name)

  // Sokha withdrew her consent: her tag shows the team she works with, not her.
  const sokha = seedMaker("sokha")
  await page.goto(`/us/tag/${sokha.code}`)
  await expect(page).toHaveURL(new RegExp(`/us/facilities/.+#team-`))
  await expect(page.getByTestId("facility-team").first()).toBeVisible()
  await expect(page.locator("main")).not.toContainText(sokha.display_name)
  await expectNoPrivateData(page)

  const unknown = await page.goto("/us/tag/AFF-Q99")
  expect(unknown?.status()).toBe(404)
})
