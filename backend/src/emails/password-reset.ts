import { createElement as h } from "react"
import { strings, type EmailLocale } from "./i18n"
import { CallToAction, EmailLayout, Paragraph, Small, TextLink, Title, styles } from "./layout"

export type PasswordResetData = {
  locale: EmailLocale
  first_name?: string | null
  /** Storefront page that takes the token; it is secret, so it is never stored with the notification. */
  reset_url: string
  valid_minutes: number
}

export function passwordResetSubject(data: PasswordResetData): string {
  return strings(data.locale).reset.subject
}

export function PasswordResetEmail(data: PasswordResetData) {
  const t = strings(data.locale).reset
  return h(
    EmailLayout,
    { locale: data.locale, preview: t.preview },
    h(Title, null, t.heading),
    h(Paragraph, null, t.greeting(data.first_name?.trim() || undefined)),
    h(Paragraph, null, t.intro),
    h(CallToAction, { href: data.reset_url }, t.button),
    h(Paragraph, null, t.validity(data.valid_minutes)),
    h(Small, null, t.fallback),
    h(Small, { style: { wordBreak: "break-all" } }, h(TextLink, { href: data.reset_url }, data.reset_url)),
    h(Paragraph, { style: { ...styles.small, marginTop: "16px" } }, t.ignore)
  )
}
