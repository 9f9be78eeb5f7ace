import "server-only"
import { cookies } from "next/headers"

/**
 * Orders placed from this browser, so a guest can see her confirmation page.
 * httpOnly: scripts cannot read it; the ids never appear in shareable URLs
 * without this cookie (or the signed-in owner) the page is a 404.
 */
export const PLACED_ORDERS_COOKIE = "_afesip_orders"
const KEEP = 5

export async function placedOrderIds(): Promise<string[]> {
  const raw = (await cookies()).get(PLACED_ORDERS_COOKIE)?.value ?? ""
  return raw.split(".").filter((id) => /^order_[A-Za-z0-9]+$/.test(id))
}

/** Only callable from a server action or route handler (cookies are written). */
export async function rememberPlacedOrder(orderId: string) {
  const ids = [orderId, ...(await placedOrderIds()).filter((id) => id !== orderId)].slice(0, KEEP)
  ;(await cookies()).set(PLACED_ORDERS_COOKIE, ids.join("."), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "true",
    maxAge: 60 * 60 * 24 * 30,
    path: "/",
  })
}
