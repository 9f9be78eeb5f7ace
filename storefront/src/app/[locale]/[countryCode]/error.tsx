"use client"

import { useTranslations } from "next-intl"

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors")
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="font-serif text-3xl">{t("title")}</h1>
      <p className="mt-4 text-ink-500">{t("backendDown")}</p>
      <button type="button" onClick={reset} className="mt-8 min-h-12 rounded-full bg-ink-900 px-6 font-semibold text-sand-50">{t("retry")}</button>
    </div>
  )
}
