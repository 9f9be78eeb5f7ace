import type { Metadata, Viewport } from "next"
import localFont from "next/font/local"
import { notFound } from "next/navigation"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server"
import { routing } from "@/i18n/routing"
import "../globals.css"

const fraunces = localFont({
  src: [
    { path: "../../../../node_modules/@fontsource/fraunces/files/fraunces-latin-500-normal.woff2", weight: "500" },
    { path: "../../../../node_modules/@fontsource/fraunces/files/fraunces-latin-600-normal.woff2", weight: "600" },
  ],
  variable: "--font-fraunces",
  display: "swap",
})
const inter = localFont({
  src: [
    { path: "../../../../node_modules/@fontsource/inter/files/inter-latin-400-normal.woff2", weight: "400" },
    { path: "../../../../node_modules/@fontsource/inter/files/inter-latin-600-normal.woff2", weight: "600" },
  ],
  variable: "--font-inter",
  display: "swap",
})

const CLIENT_NAMESPACES = ["nav", "product", "cart", "store", "errors", "checkout", "account"] as const

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "meta" })
  return { title: { default: t("title"), template: "%s · AFESIP Fair Fashion" }, description: t("description") }
}

export const viewport: Viewport = { themeColor: "#1c2340" }

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const messages = await getMessages()
  // Only the namespaces client components use are sent to the browser.
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]))
  return (
    <html lang={locale} className={`${fraunces.variable} ${inter.variable}`}>
      <body className="min-h-screen flex flex-col">
        <NextIntlClientProvider messages={clientMessages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  )
}
