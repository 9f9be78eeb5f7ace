import type { Metadata } from "next"

/** Account pages are per visitor: rendered on every request, never indexed. */
export const dynamic = "force-dynamic"

export const metadata: Metadata = { robots: { index: false, follow: false } }

export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return children
}
