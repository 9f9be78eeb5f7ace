import { getTranslations } from "next-intl/server"

type Props = { status?: string | null; paymentStatus?: string | null; fulfillmentStatus?: string | null }

const TONES: Record<string, string> = {
  good: "bg-jade-700/10 text-jade-700",
  waiting: "bg-saffron-500/15 text-saffron-700",
  stopped: "bg-lotus-500/15 text-lotus-700",
  neutral: "bg-sand-200 text-ink-700",
}

const toneOf = (value: string) =>
  /^(captured|delivered|shipped|fulfilled)$/.test(value) ? "good"
    : /^(canceled|refunded|requires_action)$/.test(value) ? "stopped"
      : /^(not_paid|awaiting|authorized|not_fulfilled)$/.test(value) ? "waiting"
        : "neutral"

/** Payment and delivery state of an order, in words (the colour only repeats them). */
export async function OrderStatus({ status, paymentStatus, fulfillmentStatus }: Props) {
  const t = await getTranslations("account")
  const label = (group: "payment" | "fulfillment", value: string) => {
    const key = `status.${group}.${value}`
    return t.has(key as never) ? t(key as never) : value.replace(/_/g, " ")
  }
  if (status === "canceled") {
    return <span data-testid="order-status" className={`inline-flex rounded-full px-3 py-1 text-xs font-semibold ${TONES.stopped}`}>{t("status.canceled")}</span>
  }
  return (
    <dl data-testid="order-status" className="flex flex-wrap gap-2 text-xs font-semibold">
      {paymentStatus && (
        <div className={`inline-flex gap-1 rounded-full px-3 py-1 ${TONES[toneOf(paymentStatus)]}`}>
          <dt>{t("status.paymentLabel")}</dt><dd data-testid="order-payment-status">{label("payment", paymentStatus)}</dd>
        </div>
      )}
      {fulfillmentStatus && (
        <div className={`inline-flex gap-1 rounded-full px-3 py-1 ${TONES[toneOf(fulfillmentStatus)]}`}>
          <dt>{t("status.fulfillmentLabel")}</dt><dd data-testid="order-fulfillment-status">{label("fulfillment", fulfillmentStatus)}</dd>
        </div>
      )}
    </dl>
  )
}
