import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { ErrorAlert } from "../components/query-state"
import { SectionHeader, SectionRow } from "../components/section"
import { sdk } from "../lib/sdk"

/**
 * Order page, side column: how this order was paid. A test payment through
 * Medusa's manual provider says plainly that no money was taken; a Stripe
 * payment shows its PaymentIntent, Stripe's status and whether it is
 * captured. See docs/payments.md.
 */

const MANUAL_PROVIDER = "pp_system_default"
const STRIPE_PROVIDER = "pp_stripe_stripe"

type Amount = number | string | null | undefined
type StripeData = {
  id?: string
  status?: string
  livemode?: boolean
  capture_method?: string
  last_payment_error?: { message?: string } | null
}
type Payment = {
  id: string
  provider_id: string
  amount: Amount
  currency_code: string
  captured_at?: string | null
  canceled_at?: string | null
  data?: StripeData | null
  captures?: { id: string; amount: Amount; created_at?: string }[] | null
  refunds?: { id: string; amount: Amount }[] | null
}
type Session = {
  id: string
  provider_id: string
  status: string
  data?: StripeData | null
  metadata?: { stripe_failure?: { message?: string }; stripe_reconciliation?: { outcome?: string; reason?: string } } | null
}
type PaymentCollection = { id: string; status?: string; payments?: Payment[] | null; payment_sessions?: Session[] | null }

const FIELDS = [
  "id",
  "*payment_collections",
  "*payment_collections.payments",
  "*payment_collections.payments.captures",
  "*payment_collections.payments.refunds",
  "*payment_collections.payment_sessions",
].join(",")

const money = (amount: Amount, currency: string) => {
  const value = Number(amount ?? 0)
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase() }).format(value)
  } catch {
    return `${value} ${currency.toUpperCase()}`
  }
}
const sum = (rows: { amount: Amount }[] | null | undefined) => (rows ?? []).reduce((total, r) => total + Number(r.amount ?? 0), 0)
const when = (iso?: string | null) => (iso ? new Date(iso).toLocaleString() : "")

function stripeLink(data: StripeData | null | undefined) {
  if (!data?.id) return null
  const base = data.livemode ? "https://dashboard.stripe.com" : "https://dashboard.stripe.com/test"
  return (
    <a href={`${base}/payments/${data.id}`} target="_blank" rel="noreferrer" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-mono">
      {data.id}
    </a>
  )
}

function captureState(payment: Payment) {
  if (payment.canceled_at) return <Badge color="grey" size="2xsmall">Canceled {when(payment.canceled_at)}</Badge>
  const captured = sum(payment.captures)
  const refunded = sum(payment.refunds)
  if (!payment.captured_at && captured === 0) return <Badge color="orange" size="2xsmall">Authorised, not captured</Badge>
  return (
    <div className="flex flex-col gap-y-1">
      <Badge color="green" size="2xsmall">
        Captured {money(captured, payment.currency_code)} ({payment.captures?.length ?? 0} capture{payment.captures?.length === 1 ? "" : "s"})
      </Badge>
      {refunded > 0 && <Badge color="red" size="2xsmall">Refunded {money(refunded, payment.currency_code)}</Badge>}
    </div>
  )
}

const OrderPaymentSummary = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["afesip-order-payment", order.id],
    queryFn: () => sdk.admin.order.retrieve(order.id, { fields: FIELDS }),
  })
  const collections = ((data?.order as unknown as { payment_collections?: PaymentCollection[] } | undefined)?.payment_collections ?? [])
  const payments = collections.flatMap((c) => c.payments ?? [])
  const sessions = collections.flatMap((c) => c.payment_sessions ?? [])
  const manual = payments.some((p) => p.provider_id === MANUAL_PROVIDER) || (!payments.length && sessions.some((s) => s.provider_id === MANUAL_PROVIDER))
  const stripePayments = payments.filter((p) => p.provider_id === STRIPE_PROVIDER)
  const stripeSessions = sessions.filter((s) => s.provider_id === STRIPE_PROVIDER && !stripePayments.some((p) => p.data?.id === s.data?.id))

  return (
    <Container className="divide-y p-0">
      <SectionHeader title="Payment" />
      {isLoading && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading…
        </Text>
      )}
      {error && <ErrorAlert error={error} />}
      {!isLoading && !error && manual && (
        <div className="px-6 py-4" data-testid="order-test-payment">
          <Badge color="orange">Test payment — no money was taken (manual provider)</Badge>
          <Text size="small" className="text-ui-fg-subtle mt-2">
            This order was placed with Medusa's manual provider ({MANUAL_PROVIDER}), used when Stripe is not configured. Do not ship it as a paid order.
          </Text>
        </div>
      )}
      {stripePayments.map((payment) => (
        <div key={payment.id} data-testid="order-stripe-payment">
          <SectionRow title="Stripe PaymentIntent" value={stripeLink(payment.data)} />
          <SectionRow title="Stripe status" value={payment.data?.status ?? "unknown"} />
          <SectionRow title="Amount" value={money(payment.amount, payment.currency_code)} />
          <SectionRow title="Capture" value={captureState(payment)} />
          {!payment.data?.livemode && (
            <div className="px-6 pb-4">
              <Badge color="blue" size="2xsmall">Stripe test mode</Badge>
            </div>
          )}
        </div>
      ))}
      {stripeSessions.map((session) => (
        <div key={session.id}>
          <SectionRow title="Stripe attempt" value={stripeLink(session.data)} />
          <SectionRow title="Session status" value={session.status} />
          {session.metadata?.stripe_failure?.message && <SectionRow title="Stripe said" value={session.metadata.stripe_failure.message} />}
          {session.metadata?.stripe_reconciliation && (
            <SectionRow title="Reconciliation" value={`${session.metadata.stripe_reconciliation.outcome}: ${session.metadata.stripe_reconciliation.reason}`} />
          )}
        </div>
      ))}
      {!isLoading && !error && !manual && !stripePayments.length && !stripeSessions.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No payment recorded.
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.before",
})

export default OrderPaymentSummary
