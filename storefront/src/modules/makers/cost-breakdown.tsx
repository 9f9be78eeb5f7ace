import { getTranslations } from "next-intl/server"
import { formatMoney } from "@/lib/util/money"
import { COST_COMPONENTS, type CostBreakdown as CostBreakdownData } from "@/types/provenance"
import { langIfOther, localize } from "./localize"

const COLOURS: Record<(typeof COST_COMPONENTS)[number], string> = {
  materials: "var(--color-saffron-700)",
  maker_wages: "var(--color-jade-700)",
  training_programme: "var(--color-saffron-500)",
  overhead: "var(--color-ink-700)",
  duties_estimate: "var(--color-lotus-700)",
  transport_estimate: "var(--color-lotus-500)",
}

/** Where the cost of one piece goes, in USD: only the components that were filled in, and their total. */
export async function CostBreakdown({ breakdown, locale }: { breakdown: CostBreakdownData | null; locale: string }) {
  if (!breakdown) return null
  const t = await getTranslations("madeBy")
  const parts = COST_COMPONENTS.flatMap((key) => {
    const amount = breakdown[key]
    return typeof amount === "number" ? [{ key, amount }] : []
  })
  if (parts.length === 0) return null
  const usd = (v: number) => formatMoney(v, breakdown.currency_code ?? "usd", locale)
  const note = breakdown.note ? localize(breakdown.note, locale) : null
  const whole = breakdown.total > 0 ? breakdown.total : parts.reduce((a, p) => a + p.amount, 0)
  return (
    <section data-testid="cost-breakdown" aria-labelledby="cost-breakdown-title" className="mt-8 rounded-2xl border border-ink-900/10 bg-white/60 p-6">
      <h2 id="cost-breakdown-title" className="text-xl font-semibold">{t("costTitle")}</h2>
      <p className="mt-1 text-sm text-ink-500">{t("costIntro")}</p>
      {whole > 0 && (
        <div aria-hidden="true" className="mt-4 flex h-3 overflow-hidden rounded-full bg-sand-100">
          {parts.map((p) => (
            <span key={p.key} style={{ width: `${(p.amount / whole) * 100}%`, backgroundColor: COLOURS[p.key] }} />
          ))}
        </div>
      )}
      <table className="mt-4 w-full text-sm">
        <caption className="sr-only">{t("costTitle")}</caption>
        <tbody>
          {parts.map((p) => (
            <tr key={p.key} data-component={p.key} className="border-b border-ink-900/10">
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                <span aria-hidden="true" className="mr-2 inline-block h-2.5 w-2.5 rounded-sm" style={{ backgroundColor: COLOURS[p.key] }} />
                {t(`cost.${p.key}`)}
              </th>
              <td className="py-2 text-right tabular-nums">{usd(p.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="pt-3 pr-4 text-left font-semibold">{t("costTotal")}</th>
            <td data-testid="cost-total" className="pt-3 text-right font-semibold tabular-nums">{usd(breakdown.total)}</td>
          </tr>
        </tfoot>
      </table>
      {note?.text && <p className="mt-4 text-sm leading-relaxed text-ink-700" lang={langIfOther(note.lang, locale)}>{note.text}</p>}
    </section>
  )
}
