import { readdir, readFile } from "node:fs/promises"
import path from "node:path"
import { expect } from "@playwright/test"

/** The local fake Stripe API started by Playwright (see playwright.config.ts). */
export const fakeStripe = {
  url: process.env.E2E_STRIPE_FAKE_URL ?? "http://127.0.0.1:12111",
  async state(): Promise<{ intents: FakeIntent[]; counts: Record<string, { confirm: number; capture: number; refund: number }> }> {
    const res = await fetch(`${this.url}/_fake/state`)
    if (!res.ok) throw new Error(`fake Stripe state: ${res.status}`)
    return res.json()
  },
}

export type FakeIntent = {
  id: string
  amount: number
  currency: string
  status: string
  created: number
  metadata?: Record<string, string>
}

export type OutboxEmail = { to: string; subject: string; template: string; html: string; text?: string }

/** Emails the backend's outbox provider wrote for this address (newest last), waiting for one whose template matches. */
export async function waitForEmail(to: string, template: string | RegExp, timeoutMs = 20_000): Promise<OutboxEmail> {
  const dir = process.env.EMAIL_OUTBOX_DIR
  if (!dir) throw new Error("EMAIL_OUTBOX_DIR is not set for the tests")
  let found: OutboxEmail | undefined
  await expect
    .poll(async () => {
      const files = await readdir(dir).catch(() => [] as string[])
      for (const file of files.filter((f) => f.endsWith(".json")).sort()) {
        const email = JSON.parse(await readFile(path.join(dir, file), "utf8")) as OutboxEmail
        const matches = typeof template === "string" ? email.template.includes(template) : template.test(email.template)
        if (email.to === to && matches) found = email
      }
      return Boolean(found)
    }, { timeout: timeoutMs, message: `an email for ${to} (${template})` })
    .toBe(true)
  return found!
}
