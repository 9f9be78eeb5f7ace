import { getTranslations } from "next-intl/server"

export type ChartSeries = { label: string; color: string }
export type ChartRow = { label: string; values: number[] }

/**
 * A horizontal bar chart rendered on the server with plain CSS: no script,
 * no canvas. The bars are one image with a text summary, and the same figures
 * are always available as a table for screen readers and for reading exact values.
 * `stacked`: one bar per row made of the series (with a total); `grouped`: one bar per series.
 */
export async function BarChart({ id, title, caption, series, rows, mode, formatValue, rowHeader, extraColumn }: {
  id: string
  title: string
  caption: React.ReactNode
  series: ChartSeries[]
  rows: ChartRow[]
  mode: "stacked" | "grouped"
  formatValue: (value: number) => string
  rowHeader: string
  extraColumn?: { header: string; cells: string[] }
}) {
  const t = await getTranslations("impact")
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
  const max = Math.max(1, ...rows.map((r) => (mode === "stacked" ? sum(r.values) : Math.max(0, ...r.values))))
  const share = (value: number) => Math.max(0, Math.min(1, value / max))
  const showTotal = mode === "stacked" && series.length > 1
  const summary = rows
    .map((r) =>
      mode === "stacked"
        ? `${r.label}: ${formatValue(sum(r.values))}`
        : `${r.label}: ${r.values.map((v, i) => `${series[i]?.label} ${formatValue(v)}`).join(", ")}`
    )
    .join("; ")

  return (
    <figure data-testid="impact-chart" id={id} className="rounded-2xl border border-ink-900/10 bg-white/60 p-6">
      <figcaption>
        <h3 className="text-xl font-semibold">{title}</h3>
        <div className="mt-1 text-sm text-ink-500">{caption}</div>
      </figcaption>
      {series.length > 1 && (
        <ul aria-hidden="true" className="mt-4 flex flex-wrap gap-x-5 gap-y-1 text-xs text-ink-700">
          {series.map((s) => (
            <li key={s.label} className="flex items-center gap-2">
              <span className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: s.color }} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <div role="img" aria-label={`${title}. ${summary}`} className="mt-4 space-y-3">
        {rows.map((row) => (
          <div key={row.label} className="grid grid-cols-[6.5rem_1fr] items-center gap-3 sm:grid-cols-[11rem_1fr]">
            <span className="text-sm text-ink-700">{row.label}</span>
            {mode === "stacked" ? (
              <div className="flex items-center gap-2">
                <div className="flex h-6 overflow-hidden rounded-sm" style={{ width: `calc((100% - 4.5rem) * ${share(sum(row.values))})` }}>
                  {row.values.map((v, i) => (
                    <span key={i} className="h-full" style={{ width: `${sum(row.values) ? (v / sum(row.values)) * 100 : 0}%`, backgroundColor: series[i]?.color }} />
                  ))}
                </div>
                <span className="text-sm font-semibold tabular-nums">{formatValue(sum(row.values))}</span>
              </div>
            ) : (
              <div className="space-y-1">
                {row.values.map((v, i) => (
                  <div key={i} className="flex items-center gap-2">
                    <span className="h-4 rounded-sm" style={{ width: `calc((100% - 4.5rem) * ${share(v)})`, backgroundColor: series[i]?.color }} />
                    <span className="text-xs font-semibold tabular-nums">{formatValue(v)}</span>
                  </div>
                ))}
              </div>
            )}
          </div>
        ))}
      </div>
      <details className="mt-5">
        <summary className="cursor-pointer py-2 text-sm font-semibold text-lotus-700">{t("showTable")}</summary>
        <div role="region" aria-label={title} tabIndex={0} className="overflow-x-auto">
          <table className="mt-2 w-full text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-ink-900/15 text-left">
                <th scope="col" className="py-2 pr-4 font-semibold">{rowHeader}</th>
                {series.map((s) => (
                  <th key={s.label} scope="col" className="py-2 pr-4 text-right font-semibold">{s.label}</th>
                ))}
                {showTotal && <th scope="col" className="py-2 pr-4 text-right font-semibold">{t("total")}</th>}
                {extraColumn && <th scope="col" className="py-2 text-right font-semibold">{extraColumn.header}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => (
                <tr key={row.label} className="border-b border-ink-900/10">
                  <th scope="row" className="py-2 pr-4 text-left font-normal">{row.label}</th>
                  {row.values.map((v, i) => (
                    <td key={i} className="py-2 pr-4 text-right tabular-nums">{formatValue(v)}</td>
                  ))}
                  {showTotal && <td className="py-2 pr-4 text-right font-semibold tabular-nums">{formatValue(sum(row.values))}</td>}
                  {extraColumn && <td className="py-2 text-right tabular-nums">{extraColumn.cells[r]}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  )
}
