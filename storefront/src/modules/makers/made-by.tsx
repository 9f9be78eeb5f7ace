import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { FacilityRef, MadeBy as MadeByData } from "@/types/provenance"
import { langIfOther, localize, tr } from "./localize"
import { MakerImage } from "./maker-image"

/**
 * "Made by" on a product page, in the order the consent model allows: the
 * makers who agreed to be credited, else her team, else the facility, else a
 * neutral line. Nothing is shown that the Store API did not return.
 */
export async function MadeBy({ madeBy, countryCode, locale }: { madeBy: MadeByData | null; countryCode: string; locale: string }) {
  const t = await getTranslations("madeBy")
  const base = `/${countryCode}`
  const makers = madeBy?.makers ?? []
  const team = madeBy?.team ?? null
  const facility: FacilityRef | null = madeBy?.facility ?? team?.facility ?? makers[0]?.facility ?? null
  const facilityLink = facility && (
    <Link href={`${base}/facilities/${facility.handle}`} className="font-semibold text-lotus-700 underline-offset-4 hover:underline">
      {facility.name}
    </Link>
  )

  let body: React.ReactNode
  if (makers.length > 0) {
    body = (
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {makers.map((m) => (
          <li key={m.handle} data-testid="made-by-maker" data-handle={m.handle} className="relative flex items-center gap-4">
            <MakerImage image={m.image} locale={locale} sizes="64px" className="h-16 w-16 shrink-0 rounded-full" />
            <div>
              <Link href={`${base}/makers/${m.handle}`} className="font-serif text-lg after:absolute after:inset-0 hover:text-lotus-700">
                {m.display_name}
              </Link>
              <p className="text-sm text-ink-700">{tr(m.role, locale)}</p>
            </div>
          </li>
        ))}
      </ul>
    )
  } else if (team) {
    const description = localize(team.description, locale)
    const name = localize(team.name, locale)
    body = (
      <div data-testid="made-by-team" className="mt-4">
        <p className="font-serif text-lg" lang={langIfOther(name.lang, locale)}>{name.text}</p>
        {description.text && <p className="mt-1 text-sm leading-relaxed text-ink-700" lang={langIfOther(description.lang, locale)}>{description.text}</p>}
      </div>
    )
  } else if (facility) {
    body = (
      <p className="mt-4">
        {t.rich("madeAt", {
          facility: facility.name,
          link: (chunks) => (
            <Link href={`${base}/facilities/${facility.handle}`} className="font-semibold text-lotus-700 underline-offset-4 hover:underline">{chunks}</Link>
          ),
        })}
      </p>
    )
  } else {
    body = <p className="mt-4 text-ink-700">{t("fallback")}</p>
  }

  return (
    <section data-testid="made-by" aria-labelledby="made-by-title" className="mt-8 rounded-2xl border border-ink-900/10 bg-white/60 p-6">
      <h2 id="made-by-title" className="text-xl font-semibold">{t("title")}</h2>
      {body}
      {facility && (makers.length > 0 || team) && (
        <p className="mt-4 text-sm text-ink-700">
          {t("workshop")} {facilityLink}
          {facility.region_label && <span className="text-ink-500"> · {facility.region_label}</span>}
        </p>
      )}
      {makers.length === 0 && <p className="mt-3 text-xs text-ink-500">{t("privacyNote")}</p>}
    </section>
  )
}
