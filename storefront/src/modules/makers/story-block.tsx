import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { MakerSummary } from "@/types/provenance"
import { MakerCard } from "./maker-card"

/** Home page: a few published makers and the way to their pages and to the impact figures. */
export async function StoryBlock({ makers, countryCode, locale }: { makers: MakerSummary[]; countryCode: string; locale: string }) {
  const t = await getTranslations("home")
  const base = `/${countryCode}`
  // Makers who chose a picture of their work first; the API's order otherwise.
  const shown = [...makers].sort((a, b) => Number(!a.image) - Number(!b.image)).slice(0, 3)
  return (
    <section data-testid="home-story" aria-labelledby="home-story-title" className="mx-auto max-w-7xl px-4 py-10 sm:px-6">
      <div className="grid gap-8 rounded-[2rem] border border-ink-900/10 bg-white/60 px-6 py-10 sm:px-10 lg:grid-cols-[2fr_3fr]">
        <div>
          <p className="text-xs font-semibold uppercase tracking-[0.3em] text-lotus-700">{t("makersEyebrow")}</p>
          <h2 id="home-story-title" className="mt-3 text-3xl font-semibold">{t("makersTitle")}</h2>
          <p className="mt-4 leading-relaxed text-ink-700">{t("makersText")}</p>
          <div className="mt-6 flex flex-wrap gap-3">
            <Link href={`${base}/makers`} className="inline-flex min-h-12 items-center rounded-full bg-ink-900 px-6 font-semibold text-sand-50 hover:bg-ink-700">
              {t("makersCta")}
            </Link>
            <Link href={`${base}/impact`} className="inline-flex min-h-12 items-center rounded-full border border-ink-900/30 px-6 font-semibold hover:border-ink-900">
              {t("impactCta")}
            </Link>
          </div>
        </div>
        {shown.length > 0 && (
          <div className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3">
            {shown.map((m) => (
              <MakerCard key={m.handle} maker={m} countryCode={countryCode} locale={locale} testId="home-maker" />
            ))}
          </div>
        )}
      </div>
    </section>
  )
}
