"use client"

import { useTranslations } from "next-intl"
import { requestReturn } from "@/lib/actions/account"
import { FormAlert, FormStatus, SubmitButton, inputClass, useAccountForm } from "./form-parts"

export type ReturnableItem = { id: string; title: string; variant: string; returnable: number }
export type ReturnOptionView = { id: string; label: string }
export type ReasonView = { value: string; label: string }

/**
 * Request a return of delivered pieces. `options` are the backend's return
 * shipping options; without one the form is shown disabled with the reason.
 */
export function ReturnForm({ orderId, email, items, options, reasons, emptyMessage }: {
  orderId: string
  email: string
  items: ReturnableItem[]
  options: ReturnOptionView[]
  reasons: ReasonView[]
  /** Shown instead of the form when nothing can be returned (not delivered yet, or all returned). */
  emptyMessage: string
}) {
  const t = useTranslations("account")
  const { state, formAction, pending, onSubmit, formRef } = useAccountForm(requestReturn)
  const unavailable = options.length === 0
  // The confirmation stays while the page refreshes around it (the returned pieces leave the form).
  const done = <FormStatus testId="return-done" message={state.ok ? t("returns.done", { count: Number(state.values?.count ?? 0), email }) : null} />
  if (items.length === 0) {
    return (
      <div className="space-y-4">
        {done}
        <p data-testid="return-not-yet" className="text-sm text-ink-700">{emptyMessage}</p>
      </div>
    )
  }
  const v = state.ok ? {} : state.values ?? {}
  return (
    <div className="space-y-4">
      {done}
      <form key={state.ok ? state.attempt : "form"} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5" data-testid="return-form">
        <FormAlert state={state} />
        {unavailable && (
          <p id="return-unavailable" data-testid="return-unavailable" className="rounded-xl border border-saffron-700/40 bg-saffron-500/10 p-4 text-sm">
            {t("returns.unavailable")}
          </p>
        )}
        <fieldset disabled={unavailable} aria-describedby={unavailable ? "return-unavailable" : undefined} className="space-y-5 disabled:opacity-60">
          <legend className="sr-only">{t("returns.title")}</legend>
          <input type="hidden" name="order_id" value={orderId} />
          <ul className="divide-y divide-ink-900/10 border-y border-ink-900/10">
            {items.map((item) => {
              const id = `return-qty-${item.id}`
              const error = state.fields?.[`quantity_${item.id}`]
              return (
                <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <label htmlFor={id} className="text-sm">
                    <span className="font-semibold">{item.title}</span>
                    {item.variant && <span className="text-ink-500"> · {item.variant}</span>}
                    <span className="sr-only"> — {t("returns.quantityLabel", { max: item.returnable })}</span>
                  </label>
                  <select id={id} name={`quantity_${item.id}`} defaultValue={v[`quantity_${item.id}`] ?? "0"} data-testid="return-quantity"
                    aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined}
                    className="min-h-11 w-24 rounded-lg border border-ink-900/20 bg-white px-3">
                    {Array.from({ length: item.returnable + 1 }, (_, n) => <option key={n} value={n}>{n}</option>)}
                  </select>
                  {error && <p id={`${id}-error`} className="w-full text-sm text-lotus-700">{t(`fieldErrors.${error}`)}</p>}
                </li>
              )
            })}
          </ul>
          <div>
            <label htmlFor="return-reason" className="block text-sm font-semibold">{t("returns.reason")}</label>
            <select id="return-reason" name="reason" required aria-required defaultValue={v.reason ?? ""} data-testid="return-reason"
              aria-invalid={Boolean(state.fields?.reason)} aria-describedby={state.fields?.reason ? "return-reason-error" : undefined} className={inputClass}>
              <option value="" disabled>{t("returns.chooseReason")}</option>
              {reasons.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
            </select>
            {state.fields?.reason && <p id="return-reason-error" className="mt-1 text-sm text-lotus-700">{t(`fieldErrors.${state.fields.reason}`)}</p>}
          </div>
          <div>
            <label htmlFor="return-note" className="block text-sm font-semibold">
              {t("returns.note")} <span className="font-normal text-ink-500">({t("common.optional")})</span>
            </label>
            <textarea id="return-note" name="note" rows={3} maxLength={500} defaultValue={v.note}
              aria-invalid={Boolean(state.fields?.note)} aria-describedby={state.fields?.note ? "return-note-error" : undefined}
              className="mt-1 w-full rounded-lg border border-ink-900/20 bg-white p-3" />
            {state.fields?.note && <p id="return-note-error" className="mt-1 text-sm text-lotus-700">{t(`fieldErrors.${state.fields.note}`)}</p>}
          </div>
          {options.length > 1 ? (
            <fieldset aria-describedby={state.fields?.option_id ? "return-option-error" : undefined}>
              <legend className="text-sm font-semibold">{t("returns.option")}</legend>
              <div className="mt-2 space-y-2">
                {options.map((o, i) => (
                  <label key={o.id} className="flex min-h-11 items-center gap-3 rounded-lg border border-ink-900/15 px-3">
                    <input type="radio" name="option_id" value={o.id} defaultChecked={v.option_id ? v.option_id === o.id : i === 0} className="h-5 w-5 accent-ink-900" />
                    <span className="text-sm">{o.label}</span>
                  </label>
                ))}
              </div>
              {state.fields?.option_id && <p id="return-option-error" className="mt-1 text-sm text-lotus-700">{t(`fieldErrors.${state.fields.option_id}`)}</p>}
            </fieldset>
          ) : options.length === 1 ? (
            <p className="text-sm text-ink-700">{t("returns.sendBy", { option: options[0].label })}</p>
          ) : null}
          <SubmitButton pending={pending} label={t("returns.submit")} pendingLabel={t("returns.submitting")} testId="return-submit" />
        </fieldset>
      </form>
    </div>
  )
}
