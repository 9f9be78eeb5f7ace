"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe } from "@stripe/stripe-js"
import { useTranslations } from "next-intl"
import { useState } from "react"
import { placeOrder } from "@/lib/actions/checkout"

const loaders = new Map<string, Promise<Stripe | null>>()
/** One Stripe.js instance per key for the page's lifetime, as Stripe recommends. */
function stripeFor(key: string) {
  if (!loaders.has(key)) loaders.set(key, loadStripe(key))
  return loaders.get(key)!
}

type Props = {
  stripeKey: string
  clientSecret: string
  locale: string
  countryCode: string
  reviewing: boolean
  review: React.ReactNode
  onReview: () => void
  onBackToPayment: (message: string) => void
  onPlaced: (orderId: string) => void
  onError: (message: string | null) => void
}

export function StripePayment(props: Props) {
  return (
    <Elements
      key={props.clientSecret}
      stripe={stripeFor(props.stripeKey)}
      options={{
        clientSecret: props.clientSecret,
        locale: props.locale.startsWith("fr") ? "fr" : "en",
        appearance: { theme: "stripe", variables: { colorPrimary: "#1c2340", borderRadius: "8px", fontFamily: "Inter, system-ui, sans-serif" } },
      }}
    >
      <PaymentForm {...props} />
    </Elements>
  )
}

/** Payment Element → review → confirmPayment (3-D Secure / redirects return to /checkout/return) → order. */
function PaymentForm({ clientSecret, countryCode, reviewing, review, onReview, onBackToPayment, onPlaced, onError }: Props) {
  const t = useTranslations("checkout")
  const stripe = useStripe()
  const elements = useElements()
  const [ready, setReady] = useState(false)
  const [busy, setBusy] = useState(false)

  const toReview = async () => {
    if (!elements) return
    onError(null)
    setBusy(true)
    const { error } = await elements.submit()
    setBusy(false)
    if (error) return onError(error.message ?? t("errors.cardIncomplete"))
    onReview()
  }

  const pay = async () => {
    if (!stripe || !elements || busy) return
    setBusy(true)
    onError(null)
    try {
      const submitted = await elements.submit()
      if (submitted.error) return onBackToPayment(submitted.error.message ?? t("errors.cardIncomplete"))
      const { error, paymentIntent } = await stripe.confirmPayment({
        elements,
        clientSecret,
        confirmParams: { return_url: `${window.location.origin}/${countryCode}/checkout/return` },
        redirect: "if_required",
      })
      if (error) {
        // Declines come back here: keep the cart, let her try another card on the same intent.
        return onBackToPayment(error.type === "card_error" || error.type === "validation_error" ? error.message ?? t("errors.declined") : t("errors.declined"))
      }
      if (paymentIntent && !["succeeded", "requires_capture", "processing"].includes(paymentIntent.status)) {
        return onBackToPayment(t("errors.declined"))
      }
      const placed = await placeOrder()
      if (!placed.ok) return onError(placed.detail ?? t(`errors.${placed.error}` as never))
      onPlaced(placed.orderId)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="mt-4 space-y-4">
      <div className={reviewing ? "hidden" : ""} data-testid="payment-element">
        <PaymentElement onReady={() => setReady(true)} options={{ layout: "tabs" }} />
      </div>
      {!reviewing ? (
        <button type="button" data-testid="review-button" onClick={toReview} disabled={!ready || busy} className="min-h-12 w-full rounded-full bg-ink-900 px-6 font-semibold text-sand-50 disabled:opacity-60">
          {t("payment.review")}
        </button>
      ) : (
        <>
          {review}
          <button type="button" data-testid="place-order" onClick={pay} disabled={!stripe || busy} aria-busy={busy} className="min-h-12 w-full rounded-full bg-lotus-700 px-6 font-semibold text-white disabled:opacity-60">
            {busy ? t("placing") : t("placeOrder")}
          </button>
        </>
      )}
    </div>
  )
}
