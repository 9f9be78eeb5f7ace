/**
 * Where to send the buyer after signing in: only a path on this site
 * ("/us/checkout"), never another origin ("//evil.example", "https://…",
 * "/\\evil.example"), else the fallback.
 */
export function safeNextPath(raw: unknown, fallback: string): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 500) return fallback
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback
  // Control characters and whitespace can make browsers read a path as a host.
  if (/[\u0000-\u0020\u007f]/.test(raw)) return fallback
  try {
    const base = "http://same-site.invalid"
    const url = new URL(raw, base)
    if (url.origin !== base) return fallback
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return fallback
  }
}
