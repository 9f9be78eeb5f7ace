/**
 * Content-Security-Policy for pages that take payment (checkout, order
 * confirmation). Scripts run only with this response's nonce (Next.js adds it
 * to its own scripts) and whatever those scripts load ('strict-dynamic'), which
 * is how Stripe.js gets in; the host list is the fallback for browsers without
 * CSP 3. Stripe needs: scripts and frames from js.stripe.com, 3-D Secure frames
 * from hooks.stripe.com, API calls to api.stripe.com. Nothing else third-party.
 */
export function checkoutCsp(nonce: string, options: { dev?: boolean } = {}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "https://js.stripe.com", "https://*.js.stripe.com", ...(options.dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https://*.stripe.com"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", "https://api.stripe.com", ...(options.dev ? ["ws:"] : [])],
    "frame-src": ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ")
}

/** /{country}/checkout…, /{country}/order/… (after the proxy's country check). */
export function needsCheckoutCsp(pathname: string): boolean {
  return /^\/[a-z]{2}\/(checkout|order)(\/|$)/i.test(pathname)
}

export function newNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}
