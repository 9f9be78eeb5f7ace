import Link from "next/link"
import { getTranslations } from "next-intl/server"

export default async function NotFound() {
  const t = await getTranslations("errors")
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="font-serif text-3xl">{t("notFoundTitle")}</h1>
      <p className="mt-4 text-ink-500">{t("notFoundText")}</p>
      <Link href="/" className="mt-8 inline-flex min-h-12 items-center rounded-full bg-ink-900 px-6 font-semibold text-sand-50">{t("home")}</Link>
    </div>
  )
}
