import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { checkoutCsp, needsCheckoutCsp, newNonce } from "./csp"

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `))?.split(" ").slice(1) ?? []

describe("checkout Content-Security-Policy", () => {
  const csp = checkoutCsp("abc123")
  it("runs only nonce'd scripts and what they load, plus Stripe.js", () => {
    assert.deepEqual(directive(csp, "script-src"), ["'self'", "'nonce-abc123'", "'strict-dynamic'", "https://js.stripe.com", "https://*.js.stripe.com"])
    assert.ok(!csp.includes("unsafe-eval"))
  })
  it("lets the browser talk only to us and Stripe's API", () => {
    assert.deepEqual(directive(csp, "connect-src"), ["'self'", "https://api.stripe.com"])
  })
  it("frames only Stripe (Payment Element, 3-D Secure) and cannot itself be framed", () => {
    assert.deepEqual(directive(csp, "frame-src"), ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"])
    assert.deepEqual(directive(csp, "frame-ancestors"), ["'none'"])
    assert.deepEqual(directive(csp, "object-src"), ["'none'"])
  })
  it("allows eval and the dev socket only in development", () => {
    const dev = checkoutCsp("n", { dev: true })
    assert.ok(directive(dev, "script-src").includes("'unsafe-eval'"))
    assert.ok(directive(dev, "connect-src").includes("ws:"))
  })
  it("applies to checkout and order pages only", () => {
    for (const p of ["/us/checkout", "/de/checkout/return", "/fr/order/order_1/confirmed"]) assert.ok(needsCheckoutCsp(p), p)
    for (const p of ["/us", "/us/store", "/us/products/checkout-dress", "/us/cart"]) assert.ok(!needsCheckoutCsp(p), p)
  })
  it("makes a fresh nonce each time", () => {
    assert.notEqual(newNonce(), newNonce())
    assert.match(newNonce(), /^[A-Za-z0-9+/]{22}==$/)
  })
})
