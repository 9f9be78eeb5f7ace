"use client"

import { useRouter } from "next/navigation"
import { useLocale, useTranslations } from "next-intl"
import { useTransition } from "react"
import { routing } from "@/i18n/routing"

export function LocaleSwitch() {
  const t = useTranslations("nav")
  const locale = useLocale()
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const choose = (next: string) =>
    startTransition(() => {
      document.cookie = `NEXT_LOCALE=${next}; path=/; max-age=31536000; samesite=lax`
      router.refresh()
    })
  return (
    <div role="group" aria-label={t("language")} className="flex rounded-full border border-ink-900/15 p-0.5 text-xs font-semibold">
      {routing.locales.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          data-testid={`locale-switch-${l}`}
          aria-pressed={l === locale}
          disabled={pending}
          onClick={() => choose(l)}
          className={`min-h-10 min-w-10 rounded-full px-2 uppercase ${l === locale ? "bg-ink-900 text-sand-50" : "hover:bg-sand-200"}`}
        >
          {l}
        </button>
      ))}
    </div>
  )
}
