import { getTranslations } from "next-intl/server"
import { formatMoney } from "@/lib/util/money"
import type { ImpactFigure } from "@/types/provenance"
import { BarChart, type ChartSeries } from "./bar-chart"
import { formatNumber, formatPeriod } from "./localize"

const COLOURS = [
  "var(--color-jade-700)",
  "var(--color-lotus-700)",
  "var(--color-saffron-700)",
  "var(--color-ink-700)",
  "var(--color-jade-600)",
  "var(--color-lotus-500)",
]

type Period = { start: string; end: string; label: string }

/** Periods (oldest first) and facilities of a list of aggregate figures. */
export function impactAxes(figures: ImpactFigure[], locale: string) {
  const periods = new Map<string, Period>()
  const facilities = new Map<string, ImpactFigure["facility"]>()
  for (const f of figures) {
    const key = `${f.period_start}|${f.period_end}`
    if (!periods.has(key)) periods.set(key, { start: f.period_start, end: f.period_end, label: formatPeriod(f.period_start, f.period_end, locale) })
    if (!facilities.has(f.facility.handle)) facilities.set(f.facility.handle, f.facility)
  }
  return {
    periods: [...periods.values()].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end)),
    facilities: [...facilities.values()].sort((a, b) => a.name.localeCompare(b.name)),
  }
}

const unique = (values: string[]) => [...new Set(values.filter(Boolean))]
const inPeriod = (f: ImpactFigure, p: Period) => f.period_start === p.start && f.period_end === p.end

/** Totals of the latest period, across the given facilities. */
export async function ImpactSummary({ figures, locale, headingLevel = 2 }: { figures: ImpactFigure[]; locale: string; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("impact")
  const { periods } = impactAxes(figures, locale)
  const latest = periods.at(-1)
  if (!latest) return null
  const current = figures.filter((f) => inPeriod(f, latest))
  const total = (key: "makers_employed" | "pieces_made" | "training_hours") => formatNumber(current.reduce((a, f) => a + f[key], 0), locale)
  const stats = [
    { value: total("makers_employed"), label: t("makersEmployed") },
    { value: total("pieces_made"), label: t("piecesMade") },
    { value: total("training_hours"), label: t("trainingHours") },
  ]
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <section aria-labelledby="impact-latest">
      <Heading id="impact-latest" className="text-2xl font-semibold">{t("latest", { period: latest.label })}</Heading>
      <dl className="mt-6 grid gap-4 sm:grid-cols-3">
        {stats.map((s) => (
          <div key={s.label} className="flex flex-col-reverse rounded-2xl bg-jade-700 px-6 py-5 text-sand-50">
            <dt className="mt-1 text-sm text-sand-100">{s.label}</dt>
            <dd className="font-serif text-4xl">{s.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

/**
 * Makers employed and pieces made per period (stacked by facility), and the
 * latest average wage against the local benchmark per facility. Every chart
 * names its period and source and carries a table of the same figures.
 */
export async function ImpactCharts({ figures, locale, idPrefix = "impact" }: { figures: ImpactFigure[]; locale: string; idPrefix?: string }) {
  const t = await getTranslations("impact")
  const { periods, facilities } = impactAxes(figures, locale)
  const latest = periods.at(-1)
  if (!latest) return <p className="text-ink-700">{t("empty")}</p>

  const series: ChartSeries[] = facilities.map((f, i) => ({ label: f.name, color: COLOURS[i % COLOURS.length] }))
  const perPeriod = (key: "makers_employed" | "pieces_made") =>
    periods.map((p) => ({
      label: p.label,
      values: facilities.map((fac) => figures.find((f) => inPeriod(f, p) && f.facility.handle === fac.handle)?.[key] ?? 0),
    }))
  const range = periods.length > 1 ? formatPeriod(periods[0].start, latest.end, locale) : latest.label
  const sources = unique(figures.map((f) => f.source)).join("; ")
  const num = (v: number) => formatNumber(v, locale)
  const usd = (v: number) => formatMoney(v, "usd", locale)

  const current = facilities
    .map((fac) => figures.find((f) => inPeriod(f, latest) && f.facility.handle === fac.handle))
    .filter((f): f is ImpactFigure => Boolean(f))
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 })

  const caption = (period: string, extra?: React.ReactNode) => (
    <>
      <p>{t("coverage", { period })}</p>
      {extra}
      {sources && <p>{t("source", { source: sources })}</p>}
    </>
  )

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <BarChart
        id={`${idPrefix}-makers`}
        title={t("makersChart")}
        caption={caption(range)}
        series={series}
        rows={perPeriod("makers_employed")}
        mode="stacked"
        formatValue={num}
        rowHeader={t("period")}
      />
      <BarChart
        id={`${idPrefix}-pieces`}
        title={t("piecesChart")}
        caption={caption(range)}
        series={series}
        rows={perPeriod("pieces_made")}
        mode="stacked"
        formatValue={num}
        rowHeader={t("period")}
      />
      {current.length > 0 && (
        <div className="lg:col-span-2">
          <BarChart
            id={`${idPrefix}-wages`}
            title={t("wageChart")}
            caption={caption(latest.label, <p>{t("benchmark", { label: unique(current.map((f) => f.benchmark_label)).join("; ") })}</p>)}
            series={[
              { label: t("averageWage"), color: "var(--color-jade-700)" },
              { label: t("benchmarkWage"), color: "var(--color-ink-500)" },
            ]}
            rows={current.map((f) => ({ label: f.facility.name, values: [f.average_monthly_wage_usd, f.benchmark_monthly_wage_usd] }))}
            mode="grouped"
            formatValue={usd}
            rowHeader={t("facility")}
            extraColumn={{
              header: t("ofBenchmark"),
              cells: current.map((f) => (f.benchmark_monthly_wage_usd > 0 ? percent.format(f.average_monthly_wage_usd / f.benchmark_monthly_wage_usd) : "—")),
            }}
          />
        </div>
      )}
    </div>
  )
}

/** Every figure, as published: the complete data behind the charts. */
export async function ImpactTable({ figures, locale }: { figures: ImpactFigure[]; locale: string }) {
  const t = await getTranslations("impact")
  if (figures.length === 0) return null
  const num = (v: number) => formatNumber(v, locale)
  const usd = (v: number) => formatMoney(v, "usd", locale)
  const cell = "py-2 pr-4 text-right tabular-nums"
  return (
    // Scrolls sideways on narrow screens, so it can take keyboard focus.
    <div role="region" aria-label={t("allFigures")} tabIndex={0} className="overflow-x-auto rounded-2xl border border-ink-900/10 bg-white/60 p-4">
      <table className="w-full min-w-[44rem] text-sm">
        <caption className="sr-only">{t("allFigures")}</caption>
        <thead>
          <tr className="border-b border-ink-900/15 text-left">
            <th scope="col" className="py-2 pr-4 font-semibold">{t("period")}</th>
            <th scope="col" className="py-2 pr-4 font-semibold">{t("facility")}</th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">{t("makersEmployed")}</th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">{t("piecesMade")}</th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">{t("trainingHours")}</th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">{t("averageWage")}</th>
            <th scope="col" className="py-2 pr-4 font-semibold">{t("benchmarkWage")}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={`${f.facility.handle}-${f.period_start}-${f.period_end}`} className="border-b border-ink-900/10">
              <th scope="row" className="py-2 pr-4 text-left font-normal whitespace-nowrap">{formatPeriod(f.period_start, f.period_end, locale)}</th>
              <td className="py-2 pr-4">{f.facility.name}</td>
              <td className={cell}>{num(f.makers_employed)}</td>
              <td className={cell}>{num(f.pieces_made)}</td>
              <td className={cell}>{num(f.training_hours)}</td>
              <td className={cell}>{usd(f.average_monthly_wage_usd)}</td>
              <td className="py-2 pr-4">
                <span className="tabular-nums">{usd(f.benchmark_monthly_wage_usd)}</span>
                {f.benchmark_label && <span className="block text-xs text-ink-500">{f.benchmark_label}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
