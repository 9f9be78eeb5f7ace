/**
 * Completing a cart, as the storefront must do it:
 * - `type: "order"` → done;
 * - `type: "cart"` with an error → the payment is not complete (declined, needs action);
 * - HTTP 409 → another request (a double click, Stripe's webhook, the reconciliation job)
 *   holds the cart: wait and ask again; the call that comes after returns the same order;
 * - any other 4xx → a problem the buyer must fix (stock, address), shown as Medusa words it;
 * - 5xx / network → retried a few times, then reported.
 */
export type CompletionAttempt =
  | { status: number; body: { type?: "order" | "cart"; order?: { id: string }; error?: { message?: string }; message?: string } | null }

export type CompletionOutcome =
  | { kind: "order"; orderId: string }
  | { kind: "payment"; message?: string }
  | { kind: "error"; message?: string }
  | { kind: "busy" }

export async function completeWithRetry(
  attempt: () => Promise<CompletionAttempt>,
  options: { timeoutMs?: number; intervalMs?: number; maxServerErrors?: number; sleep?: (ms: number) => Promise<void>; now?: () => number } = {}
): Promise<CompletionOutcome> {
  const { timeoutMs = 30_000, intervalMs = 750, maxServerErrors = 2 } = options
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const now = options.now ?? Date.now
  const deadline = now() + timeoutMs
  let serverErrors = 0
  for (;;) {
    let result: CompletionAttempt
    try {
      result = await attempt()
    } catch {
      result = { status: 503, body: null }
    }
    const { status, body } = result
    if (status >= 200 && status < 300) {
      if (body?.type === "order" && body.order?.id) return { kind: "order", orderId: body.order.id }
      return { kind: "payment", message: body?.error?.message }
    }
    if (status === 409) {
      // in progress elsewhere: poll below
    } else if (status >= 500) {
      serverErrors += 1
      if (serverErrors > maxServerErrors) return { kind: "error" }
    } else {
      return { kind: "error", message: body?.message }
    }
    if (now() + intervalMs > deadline) return { kind: "busy" }
    await sleep(intervalMs)
  }
}
