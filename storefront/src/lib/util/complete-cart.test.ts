import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { completeWithRetry, type CompletionAttempt } from "./complete-cart"

/** Plays back canned answers and counts calls; time advances only through sleep(). */
function script(answers: CompletionAttempt[]) {
  let clock = 0
  let calls = 0
  return {
    attempt: async () => answers[Math.min(calls++, answers.length - 1)],
    options: { intervalMs: 500, timeoutMs: 3_000, sleep: async (ms: number) => void (clock += ms), now: () => clock },
    calls: () => calls,
  }
}

const order = { status: 200, body: { type: "order" as const, order: { id: "order_1" } } }
const conflict = { status: 409, body: { message: "Cart is already being completed by another request" } }

describe("completeWithRetry", () => {
  it("returns the order at once", async () => {
    const s = script([order])
    assert.deepEqual(await completeWithRetry(s.attempt, s.options), { kind: "order", orderId: "order_1" })
    assert.equal(s.calls(), 1)
  })
  it("treats 409 as in progress and polls until the order exists", async () => {
    const s = script([conflict, conflict, order])
    assert.deepEqual(await completeWithRetry(s.attempt, s.options), { kind: "order", orderId: "order_1" })
    assert.equal(s.calls(), 3)
  })
  it("gives up with 'busy' when the lock outlives the deadline", async () => {
    const s = script([conflict])
    assert.deepEqual(await completeWithRetry(s.attempt, s.options), { kind: "busy" })
    assert.equal(s.calls(), 7)
  })
  it("reports a payment that is not complete", async () => {
    const s = script([{ status: 200, body: { type: "cart", error: { message: "Payment authorization failed" } } }])
    assert.deepEqual(await completeWithRetry(s.attempt, s.options), { kind: "payment", message: "Payment authorization failed" })
  })
  it("does not retry a 400: the buyer must fix something", async () => {
    const s = script([{ status: 400, body: { message: "Some variant does not have the required inventory" } }, order])
    assert.deepEqual(await completeWithRetry(s.attempt, s.options), { kind: "error", message: "Some variant does not have the required inventory" })
    assert.equal(s.calls(), 1)
  })
  it("retries server errors a few times, then reports them", async () => {
    const s = script([{ status: 500, body: null }, { status: 502, body: null }, order])
    assert.equal((await completeWithRetry(s.attempt, s.options)).kind, "order")
    const t = script([{ status: 500, body: null }])
    assert.deepEqual(await completeWithRetry(t.attempt, t.options), { kind: "error" })
    assert.equal(t.calls(), 3)
  })
  it("retries when the request itself throws (network)", async () => {
    let n = 0
    const attempt = async () => {
      if (n++ === 0) throw new Error("ECONNRESET")
      return order
    }
    assert.equal((await completeWithRetry(attempt, { sleep: async () => {} })).kind, "order")
  })
})
