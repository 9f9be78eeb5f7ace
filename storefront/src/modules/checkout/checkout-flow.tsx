"use client"

import { useRouter } from "next/navigation"
import { useTranslations } from "next-intl"
import { useEffect, useRef, useState, useTransition } from "react"
import { chooseShippingOption, loadConsignee, placeOrder, saveCheckoutDetails, startPayment, type ActionResult } from "@/lib/actions/checkout"
import type { ShippingChoice } from "@/lib/data/checkout"
import { consigneeText, type AddressInput, type Consignee, type ConsigneeInput } from "@/lib/util/checkout-details"
import { AddressFields } from "./address-fields"
import { BusinessFields } from "./business-fields"
import { StripePayment } from "./stripe-payment"

export type Step = "details" | "delivery" | "payment" | "review"
export type PaymentMode = "stripe" | "test" | "none"

export type CheckoutFlowProps = {
  countryCode: string
  locale: string
  initialStep: Step
  email: string
  shipping: AddressInput
  savedAddresses: (AddressInput & { id: string; label: string })[]
  countries: { code: string; name: string }[]
  shippingChoices: ShippingChoice[]
  chosenShippingId: string | null
  currency: string
  paymentMode: PaymentMode
  stripeKey: string | null
  returnError: string | null
  signedIn: boolean
}

const STEPS: Step[] = ["details", "delivery", "payment", "review"]

export function CheckoutFlow(props: CheckoutFlowProps) {
  const t = useTranslations("checkout")
  const router = useRouter()
  const [step, setStep] = useState<Step>(props.initialStep)
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(props.returnError ? t(`errors.${props.returnError}` as never) : null)
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [email, setEmail] = useState(props.email)
  const [shipping, setShipping] = useState<AddressInput>(props.shipping)
  const [shippingId, setShippingId] = useState<string | null>(props.chosenShippingId)
  const [clientSecret, setClientSecret] = useState<string | null>(null)
  // A business buyer's company and tax IDs: the form, and what the cart holds (shown at review).
  const [business, setBusiness] = useState<ConsigneeInput>({ business: false })
  const [consignee, setConsignee] = useState<Consignee | null>(null)
  const businessTouched = useRef(false)
  const businessLoaded = useRef(false)
  useEffect(() => {
    loadConsignee().then((stored) => {
      businessLoaded.current = true
      if (!stored) return
      setConsignee(stored)
      if (!businessTouched.current) {
        setBusiness({ business: true, company_name: stored.company_name ?? "", tax_ids: Object.fromEntries(stored.tax_ids.map((id) => [id.type, id.value])) })
      }
    }, () => {})
  }, [])
  const money = (amount: number | null) =>
    amount === null ? "—" : new Intl.NumberFormat(props.locale, { style: "currency", currency: props.currency.toUpperCase() }).format(amount)

  const fail = (result: Extract<ActionResult, { ok: false }>) => {
    setFieldErrors(result.fields ?? {})
    setError(result.detail ?? t(`errors.${result.error}` as never))
  }

  const submitDetails = (event: React.FormEvent) => {
    event.preventDefault()
    setError(null)
    startTransition(async () => {
      // Until the cart's business details are known (or the buyer changed them), leave them as they are.
      const result = await saveCheckoutDetails({ email, shipping, consignee: businessLoaded.current || businessTouched.current ? business : undefined })
      if (!result.ok) return fail(result)
      setConsignee(result.consignee)
      setFieldErrors({})
      setStep("delivery")
      router.refresh()
    })
  }

  const submitDelivery = (event: React.FormEvent) => {
    event.preventDefault()
    setError(null)
    if (!shippingId) return setError(t("errors.noShipping"))
    startTransition(async () => {
      const chosen = await chooseShippingOption(shippingId)
      if (!chosen.ok) return fail(chosen)
      router.refresh()
      await openPayment()
    })
  }

  /** Opens a fresh payment session for the current total (shipping may have changed it). */
  const openPayment = async () => {
    if (props.paymentMode === "none") return setError(t("errors.noPaymentProvider"))
    const started = await startPayment(props.paymentMode === "stripe" ? "pp_stripe_stripe" : "pp_system_default")
    if (!started.ok) return fail(started)
    setClientSecret(started.clientSecret)
    setStep("payment")
  }

  const placeTestOrder = () => {
    setError(null)
    startTransition(async () => {
      const placed = await placeOrder()
      if (!placed.ok) return fail(placed)
      router.push(`/${props.countryCode}/order/${placed.orderId}/confirmed`)
    })
  }

  const stepIndex = STEPS.indexOf(step)
  const chosen = props.shippingChoices.find((c) => c.id === shippingId)
  const country = props.countries.find((c) => c.code === shipping.country_code?.toLowerCase())

  return (
    <div className="space-y-6">
      <ol aria-label={t("progress")} className="flex flex-wrap gap-2 text-sm">
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? "step" : undefined} className={`rounded-full px-3 py-1 ${s === step ? "bg-ink-900 text-sand-50" : i < stepIndex ? "bg-jade-700/10 text-jade-700" : "bg-sand-100 text-ink-500"}`}>
            {i + 1}. {t(`steps.${s}`)}
          </li>
        ))}
      </ol>

      <div role="alert" aria-live="assertive" data-testid="checkout-error" className={error ? "rounded-xl border border-lotus-700/40 bg-lotus-500/10 p-4 text-sm font-semibold text-lotus-700" : "sr-only"}>
        {error}
      </div>

      {/* 1 + 2: contact and shipping address */}
      <section aria-labelledby="details-heading" className="rounded-2xl border border-ink-900/10 bg-white/70 p-6">
        <div className="flex items-center justify-between">
          <h2 id="details-heading" className="font-serif text-xl">{t("details.title")}</h2>
          {step !== "details" && (
            <button type="button" className="min-h-11 text-sm font-semibold text-lotus-700 underline" onClick={() => setStep("details")}>{t("edit")}</button>
          )}
        </div>
        {step === "details" ? (
          <form onSubmit={submitDetails} noValidate className="mt-4 space-y-4" data-testid="details-form">
            <div>
              <label htmlFor="email" className="block text-sm font-semibold">{t("details.email")}</label>
              <input id="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)}
                aria-invalid={Boolean(fieldErrors.email)} aria-describedby={fieldErrors.email ? "email-error" : undefined}
                className="mt-1 min-h-11 w-full rounded-lg border border-ink-900/20 bg-white px-3" />
              {fieldErrors.email && <p id="email-error" className="mt-1 text-sm text-lotus-700">{t(`fieldErrors.${fieldErrors.email}` as never)}</p>}
              {!props.signedIn && (
                <p className="mt-2 text-sm text-ink-500">
                  {t("details.guest")}{" "}
                  <a className="font-semibold text-lotus-700 underline" href={`/${props.countryCode}/account/login?next=${encodeURIComponent(`/${props.countryCode}/checkout`)}`}>{t("details.signIn")}</a>
                </p>
              )}
            </div>
            {props.savedAddresses.length > 0 && (
              <div>
                <label htmlFor="saved-address" className="block text-sm font-semibold">{t("details.savedAddress")}</label>
                <select id="saved-address" defaultValue="" className="mt-1 min-h-11 w-full rounded-lg border border-ink-900/20 bg-white px-3"
                  onChange={(e) => {
                    const picked = props.savedAddresses.find((a) => a.id === e.target.value)
                    if (picked) setShipping({ ...picked })
                  }}>
                  <option value="">{t("details.newAddress")}</option>
                  {props.savedAddresses.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
                </select>
              </div>
            )}
            <AddressFields prefix="shipping" value={shipping} onChange={setShipping} countries={props.countries} errors={fieldErrors} />
            <BusinessFields value={business} onChange={(next) => { businessTouched.current = true; setBusiness(next) }}
              countryCode={shipping.country_code} errors={fieldErrors} />
            <button type="submit" disabled={pending} data-testid="details-submit" className="min-h-12 w-full rounded-full bg-ink-900 px-6 font-semibold text-sand-50 disabled:opacity-60">
              {pending ? t("saving") : t("details.continue")}
            </button>
          </form>
        ) : (
          <div className="mt-2 text-sm text-ink-700" data-testid="details-summary">
            <p>{email}</p>
            <p>{[shipping.first_name, shipping.last_name].join(" ")}, {shipping.address_1}, {shipping.postal_code} {shipping.city}, {country?.name ?? shipping.country_code?.toUpperCase()}</p>
            {consignee && <p data-testid="details-business">{consigneeText(consignee, (type) => t(`business.taxIds.${type}.label`))}</p>}
          </div>
        )}
      </section>

      {/* 3: delivery */}
      <section aria-labelledby="delivery-heading" className="rounded-2xl border border-ink-900/10 bg-white/70 p-6">
        <div className="flex items-center justify-between">
          <h2 id="delivery-heading" className="font-serif text-xl">{t("delivery.title")}</h2>
          {stepIndex > 1 && (
            <button type="button" className="min-h-11 text-sm font-semibold text-lotus-700 underline" onClick={() => setStep("delivery")}>{t("edit")}</button>
          )}
        </div>
        {step === "delivery" && (
          <form onSubmit={submitDelivery} className="mt-4 space-y-3">
            <fieldset>
              <legend className="sr-only">{t("delivery.title")}</legend>
              {props.shippingChoices.length === 0 && <p className="text-sm">{t("delivery.none")}</p>}
              <div className="space-y-2">
                {props.shippingChoices.map((choice) => (
                  <label key={choice.id} data-testid="shipping-option" className={`flex min-h-14 cursor-pointer items-center gap-3 rounded-xl border p-4 ${shippingId === choice.id ? "border-ink-900 bg-sand-100" : "border-ink-900/15"} ${choice.unavailable ? "opacity-50" : ""}`}>
                    <input type="radio" name="shipping" value={choice.id} checked={shippingId === choice.id} disabled={choice.unavailable} onChange={() => setShippingId(choice.id)} className="h-5 w-5" />
                    <span className="flex-1">
                      <span className="block font-semibold">{choice.name}</span>
                      <span className="block text-sm text-ink-500">
                        {choice.unavailable ? t("delivery.unavailable") : choice.days ? t("delivery.days", { min: choice.days.min, max: choice.days.max }) : ""}
                      </span>
                    </span>
                    <span className="font-semibold">{money(choice.amount)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <button type="submit" disabled={pending || !shippingId} data-testid="delivery-submit" className="min-h-12 w-full rounded-full bg-ink-900 px-6 font-semibold text-sand-50 disabled:opacity-60">
              {pending ? t("saving") : t("delivery.continue")}
            </button>
          </form>
        )}
        {stepIndex > 1 && chosen && (
          <p className="mt-2 text-sm text-ink-700" data-testid="delivery-summary">{chosen.name} · {money(chosen.amount)}</p>
        )}
      </section>

      {/* 4 + 5: payment and review */}
      <section aria-labelledby="payment-heading" className="rounded-2xl border border-ink-900/10 bg-white/70 p-6">
        <h2 id="payment-heading" className="font-serif text-xl">{t("payment.title")}</h2>
        {stepIndex >= 2 && props.paymentMode === "stripe" && clientSecret && props.stripeKey && (
          <StripePayment
            stripeKey={props.stripeKey}
            clientSecret={clientSecret}
            locale={props.locale}
            countryCode={props.countryCode}
            reviewing={step === "review"}
            onReview={() => { setError(null); setStep("review") }}
            onBackToPayment={(message) => { setError(message); setStep("payment") }}
            onPlaced={(orderId) => router.push(`/${props.countryCode}/order/${orderId}/confirmed`)}
            onError={setError}
            review={<Review t={t} email={email} shipping={shipping} countryName={country?.name} delivery={chosen ? `${chosen.name} · ${money(chosen.amount)}` : ""} payment={t("payment.card")} consignee={consignee} />}
          />
        )}
        {stepIndex >= 2 && props.paymentMode === "stripe" && !clientSecret && (
          <button type="button" onClick={() => startTransition(openPayment)} disabled={pending} className="mt-4 min-h-12 w-full rounded-full bg-ink-900 px-6 font-semibold text-sand-50 disabled:opacity-60">
            {t("payment.open")}
          </button>
        )}
        {stepIndex >= 2 && props.paymentMode === "test" && (
          <div className="mt-4 space-y-4">
            <p data-testid="test-payment-notice" className="rounded-xl border border-saffron-700/40 bg-saffron-500/10 p-4 text-sm">
              <strong>{t("payment.testTitle")}</strong> {t("payment.testText")}
            </p>
            {step === "payment" ? (
              <button type="button" data-testid="review-button" onClick={() => setStep("review")} className="min-h-12 w-full rounded-full bg-ink-900 px-6 font-semibold text-sand-50">
                {t("payment.review")}
              </button>
            ) : (
              <>
                <Review t={t} email={email} shipping={shipping} countryName={country?.name} delivery={chosen ? `${chosen.name} · ${money(chosen.amount)}` : ""} payment={t("payment.testTitle")} consignee={consignee} />
                <button type="button" data-testid="place-order" onClick={placeTestOrder} disabled={pending} aria-busy={pending} className="min-h-12 w-full rounded-full bg-lotus-700 px-6 font-semibold text-white disabled:opacity-60">
                  {pending ? t("placing") : t("placeOrder")}
                </button>
              </>
            )}
          </div>
        )}
        {stepIndex >= 2 && props.paymentMode === "none" && <p className="mt-4 text-sm">{t("errors.noPaymentProvider")}</p>}
      </section>
    </div>
  )
}

export function Review({ t, email, shipping, countryName, delivery, payment, consignee }: {
  t: ReturnType<typeof useTranslations<"checkout">>
  email: string
  shipping: AddressInput
  countryName?: string
  delivery: string
  payment: string
  consignee?: Consignee | null
}) {
  return (
    <div data-testid="review" className="rounded-xl bg-sand-100 p-4 text-sm">
      <h3 className="font-semibold">{t("review.title")}</h3>
      <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-y-1">
        <dt className="text-ink-500">{t("review.contact")}</dt><dd>{email}</dd>
        <dt className="text-ink-500">{t("review.shipTo")}</dt>
        <dd>{[shipping.first_name, shipping.last_name].join(" ")}, {shipping.address_1}{shipping.address_2 ? `, ${shipping.address_2}` : ""}, {shipping.postal_code} {shipping.city}, {countryName ?? shipping.country_code?.toUpperCase()}</dd>
        {consignee && (
          <>
            <dt className="text-ink-500">{t("review.business")}</dt>
            <dd data-testid="review-business">{consigneeText(consignee, (type) => t(`business.taxIds.${type}.label`))}</dd>
          </>
        )}
        <dt className="text-ink-500">{t("review.delivery")}</dt><dd>{delivery}</dd>
        <dt className="text-ink-500">{t("review.payment")}</dt><dd>{payment}</dd>
      </dl>
    </div>
  )
}
