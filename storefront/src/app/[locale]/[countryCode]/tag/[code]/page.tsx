import { notFound, redirect } from "next/navigation"
import { resolveHangTag } from "@/lib/data/makers"

type Params = Promise<{ countryCode: string; code: string }>

/**
 * The address printed on a hang-tag (e.g. /us/tag/AFF-M07). It leads to the
 * maker's page while her consent allows it, otherwise to her team's workshop.
 */
export default async function HangTagPage({ params }: { params: Params }) {
  const { countryCode, code } = await params
  const tag = await resolveHangTag(decodeURIComponent(code))
  if (!tag) notFound()
  if (tag.kind === "maker") redirect(`/${countryCode}/makers/${tag.maker.handle}`)
  redirect(`/${countryCode}/facilities/${tag.team.facility.handle}#team-${tag.team.handle}`)
}
