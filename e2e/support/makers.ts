import { makers, teams } from "../../backend/src/scripts/seed/makers"

/** Seeded makers, read from the same data the backend was seeded from. */
export const seedMaker = (handle: string) => {
  const maker = makers.find((m) => m.handle === handle)
  if (!maker) throw new Error(`No seeded maker ${handle}`)
  return maker
}
export const seedTeam = (code: string) => teams.find((t) => t.code === code)!

/** Every private value in the seed; none may ever appear on a page. */
export const PRIVATE_VALUES = makers.flatMap((m) => Object.values(m.identity)).filter((v) => v.length > 3)

const BACKEND = process.env.E2E_BACKEND_URL ?? "http://localhost:9100"
const ADMIN = { email: process.env.ADMIN_EMAIL ?? "admin@afesip.test", password: process.env.ADMIN_PASSWORD ?? "afesip-admin" }

/** Staff action through the Admin API, exactly as the Admin UI sends it. */
export async function revokeConsentAsStaff(handle: string) {
  const login = await fetch(`${BACKEND}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  if (!login.ok) throw new Error(`Admin login failed: ${login.status}`)
  const { token } = (await login.json()) as { token: string }
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const list = (await (await fetch(`${BACKEND}/admin/makers?q=${handle}`, { headers })).json()) as { makers: { id: string; handle: string }[] }
  const maker = list.makers.find((m) => m.handle === handle)
  if (!maker) throw new Error(`Maker ${handle} not found in the Admin`)
  const detail = (await (await fetch(`${BACKEND}/admin/makers/${maker.id}`, { headers })).json()) as {
    maker: { consents: { id: string; revoked_at: string | null }[] }
  }
  const active = detail.maker.consents.find((c) => !c.revoked_at)
  if (!active) throw new Error(`Maker ${handle} has no active consent`)
  const res = await fetch(`${BACKEND}/admin/makers/${maker.id}/consents/${active.id}/revoke`, {
    method: "POST",
    headers,
    body: JSON.stringify({ reason: "She asked for her profile to be removed." }),
  })
  if (!res.ok) throw new Error(`Revocation failed: ${res.status} ${await res.text()}`)
  return (await res.json()) as { unpublished: boolean }
}
