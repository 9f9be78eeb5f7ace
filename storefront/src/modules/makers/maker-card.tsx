import Link from "next/link"
import type { MakerSummary } from "@/types/provenance"
import { tr } from "./localize"
import { MakerImage } from "./maker-image"

/**
 * A maker on an index: only the summary fields the Store API returned. The
 * link's name is hers alone; its overlay makes the whole card clickable.
 */
export function MakerCard({ maker, countryCode, locale, testId = "maker-card", showFacility = true }: {
  maker: MakerSummary
  countryCode: string
  locale: string
  testId?: string
  showFacility?: boolean
}) {
  return (
    <article data-testid={testId} data-handle={maker.handle} className="group relative">
      <MakerImage image={maker.image} locale={locale} sizes="(min-width: 1024px) 22vw, (min-width: 640px) 30vw, 50vw" className="aspect-square rounded-2xl" />
      <h3 className="mt-3 font-serif text-xl leading-snug group-hover:text-lotus-700">
        <Link href={`/${countryCode}/makers/${maker.handle}`} className="after:absolute after:inset-0 after:rounded-2xl">
          {maker.display_name}
        </Link>
      </h3>
      <p className="text-sm text-ink-700">{tr(maker.role, locale)}</p>
      {showFacility && <p className="text-sm text-ink-500">{maker.facility.name}</p>}
    </article>
  )
}
