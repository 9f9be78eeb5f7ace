import "server-only"
import { BACKEND_URL, PUBLISHABLE_KEY } from "@/lib/config"
import { completeWithRetry, type CompletionOutcome } from "@/lib/util/complete-cart"
import { getAuthHeaders } from "./auth"

/** POST /store/carts/:id/complete with 409-polling (see util/complete-cart). */
export async function completeCart(cartId: string): Promise<CompletionOutcome> {
  const headers = {
    "content-type": "application/json",
    "x-publishable-api-key": PUBLISHABLE_KEY ?? "",
    ...(await getAuthHeaders()),
  }
  return completeWithRetry(async () => {
    const res = await fetch(`${BACKEND_URL}/store/carts/${encodeURIComponent(cartId)}/complete?fields=id,display_id`, {
      method: "POST",
      headers,
      cache: "no-store",
      signal: AbortSignal.timeout(20_000),
    })
    const body = await res.json().catch(() => null)
    return { status: res.status, body }
  })
}
