import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

/** Every account page is per visitor: titled, never indexed. */
export async function accountMetadata(titleKey: string, extra: Metadata = {}): Promise<Metadata> {
  const t = await getTranslations("account")
  return { title: t(titleKey as never), robots: { index: false, follow: false }, ...extra }
}

export function formatDate(value: string | Date | null | undefined, locale: string): string {
  if (!value) return ""
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? "" : new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(date)
}
