"use client"

import { useTranslations } from "next-intl"
import { useEffect, useRef, useState, useTransition } from "react"
import { deleteAddress, saveAddress, setDefaultShippingAddress } from "@/lib/actions/account"
import { Field, FormAlert, FormStatus, SubmitButton, inputClass, useAccountForm } from "./form-parts"

export type AddressView = {
  id: string
  first_name: string
  last_name: string
  company: string
  address_1: string
  address_2: string
  city: string
  province: string
  postal_code: string
  country_code: string
  phone: string
  is_default_shipping: boolean
}

type Country = { code: string; name: string }

export function AddressBook({ addresses, countries, countryCode }: { addresses: AddressView[]; countries: Country[]; countryCode: string }) {
  const t = useTranslations("account")
  const [editing, setEditing] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const countryName = (code: string) => countries.find((c) => c.code === code)?.name ?? code.toUpperCase()
  const summary = (a: AddressView) => [a.address_1, a.city].filter(Boolean).join(", ")

  const close = (message: string | null) => {
    setEditing(null)
    setNotice(message)
    requestAnimationFrame(() => headingRef.current?.focus())
  }
  const run = (action: () => Promise<{ ok: true } | { error: string }>, done: string) => {
    setError(null)
    setNotice(null)
    startTransition(async () => {
      const result = await action()
      if ("error" in result) setError(t(`errors.${result.error}` as never))
      else setNotice(done)
    })
  }

  return (
    <div className="space-y-6">
      <FormStatus testId="addresses-notice" message={notice} />
      <div role="alert" aria-live="assertive" className={error ? "rounded-xl border border-lotus-700/40 bg-lotus-500/10 p-4 text-sm font-semibold text-lotus-700" : "sr-only"}>{error}</div>
      <h2 id="addresses-heading" ref={headingRef} tabIndex={-1} className="font-serif text-2xl">{t("addresses.listTitle")}</h2>
      {addresses.length === 0 ? (
        <p data-testid="addresses-empty" className="text-ink-700">{t("addresses.empty")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" data-testid="address-list">
          {addresses.map((a) =>
            editing === a.id ? (
              <li key={a.id} className="sm:col-span-2">
                <AddressForm address={a} countries={countries} countryCode={countryCode} onDone={() => close(t("addresses.savedNotice"))} onCancel={() => close(null)} />
              </li>
            ) : (
              <li key={a.id} data-testid="address-card" className="flex flex-col rounded-2xl border border-ink-900/10 bg-white/70 p-5">
                {a.is_default_shipping && (
                  <p className="mb-2 w-fit rounded-full bg-jade-700/10 px-3 py-1 text-xs font-semibold text-jade-700">{t("addresses.default")}</p>
                )}
                <address className="text-sm not-italic leading-relaxed">
                  <span className="font-semibold">{a.first_name} {a.last_name}</span><br />
                  {a.company && <>{a.company}<br /></>}
                  {a.address_1}{a.address_2 ? `, ${a.address_2}` : ""}<br />
                  {[a.postal_code, a.city].filter(Boolean).join(" ")}{a.province ? `, ${a.province}` : ""}<br />
                  {countryName(a.country_code)}
                  {a.phone && <><br />{a.phone}</>}
                </address>
                <div className="mt-4 flex flex-wrap gap-2">
                  <button type="button" onClick={() => { setNotice(null); setEditing(a.id) }} aria-label={t("addresses.editLabel", { summary: summary(a) })}
                    className="min-h-11 rounded-full border border-ink-900/20 px-4 text-sm font-semibold hover:border-ink-900/50">{t("addresses.edit")}</button>
                  {!a.is_default_shipping && (
                    <button type="button" disabled={pending} onClick={() => run(() => setDefaultShippingAddress(a.id), t("addresses.defaultSet"))}
                      aria-label={t("addresses.makeDefaultLabel", { summary: summary(a) })}
                      className="min-h-11 rounded-full border border-ink-900/20 px-4 text-sm font-semibold hover:border-ink-900/50 disabled:opacity-60">{t("addresses.makeDefault")}</button>
                  )}
                  <DeleteButton label={t("addresses.deleteLabel", { summary: summary(a) })} disabled={pending}
                    onConfirm={() => run(() => deleteAddress(a.id), t("addresses.deleted"))} />
                </div>
              </li>
            )
          )}
        </ul>
      )}
      {editing === "new" ? (
        <AddressForm countries={countries} countryCode={countryCode} onDone={() => close(t("addresses.savedNotice"))} onCancel={() => close(null)} />
      ) : (
        <button type="button" data-testid="address-add" onClick={() => { setNotice(null); setEditing("new") }}
          className="inline-flex min-h-12 items-center rounded-full bg-ink-900 px-6 font-semibold text-sand-50 hover:bg-ink-700">
          {t("addresses.add")}
        </button>
      )}
    </div>
  )
}

/** Two steps, so that one stray click never deletes an address. */
function DeleteButton({ label, onConfirm, disabled }: { label: string; onConfirm: () => void; disabled: boolean }) {
  const t = useTranslations("account")
  const [asking, setAsking] = useState(false)
  const confirmRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (asking) confirmRef.current?.focus()
  }, [asking])
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} aria-label={label}
        className="min-h-11 rounded-full px-4 text-sm font-semibold text-lotus-700 underline underline-offset-4">{t("addresses.delete")}</button>
    )
  }
  return (
    <span role="group" aria-label={t("addresses.confirmDelete")} className="flex flex-wrap items-center gap-2">
      <span className="text-sm">{t("addresses.confirmDelete")}</span>
      <button ref={confirmRef} type="button" disabled={disabled} onClick={() => { setAsking(false); onConfirm() }} data-testid="address-delete-confirm"
        className="min-h-11 rounded-full bg-lotus-700 px-4 text-sm font-semibold text-white disabled:opacity-60">{t("addresses.confirmDeleteYes")}</button>
      <button type="button" onClick={() => setAsking(false)} className="min-h-11 rounded-full px-4 text-sm font-semibold underline underline-offset-4">{t("common.cancel")}</button>
    </span>
  )
}

function AddressForm({ address, countries, countryCode, onDone, onCancel }: {
  address?: AddressView
  countries: Country[]
  countryCode: string
  onDone: () => void
  onCancel: () => void
}) {
  const t = useTranslations("account")
  const { state, formAction, pending, onSubmit, formRef } = useAccountForm(saveAddress)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const prefix = address ? `address-${address.id}` : "address-new"
  const v: Record<string, string> = state.values ?? (address
    ? { ...Object.fromEntries(Object.entries(address).map(([k, val]) => [k, typeof val === "string" ? val : ""])), is_default_shipping: address.is_default_shipping ? "on" : "" }
    : { country_code: countries.some((c) => c.code === countryCode) ? countryCode : "" })
  useEffect(() => headingRef.current?.focus(), [])
  const onDoneRef = useRef(onDone)
  useEffect(() => {
    onDoneRef.current = onDone
  })
  useEffect(() => {
    if (state.ok) onDoneRef.current()
  }, [state])
  const field = (name: string, autoComplete: string, required: boolean, half = false, type = "text") => (
    <Field key={name} id={`${prefix}-${name}`} name={name} type={type} label={t(`fields.${name}` as never)} autoComplete={`shipping ${autoComplete}`}
      required={required} defaultValue={v[name]} error={state.fields?.[name]} className={half ? "" : "sm:col-span-2"} />
  )
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate data-testid="address-form"
      aria-labelledby={`${prefix}-title`} className="space-y-5 rounded-2xl border border-ink-900/10 bg-white/70 p-6">
      <h3 id={`${prefix}-title`} ref={headingRef} tabIndex={-1} className="font-serif text-xl">{address ? t("addresses.editTitle") : t("addresses.addTitle")}</h3>
      <FormAlert state={state} />
      {address && <input type="hidden" name="id" value={address.id} />}
      <div className="grid gap-5 sm:grid-cols-2">
        {field("first_name", "given-name", true, true)}
        {field("last_name", "family-name", true, true)}
        {field("company", "organization", false)}
        {field("address_1", "address-line1", true)}
        {field("address_2", "address-line2", false)}
        {field("postal_code", "postal-code", true, true)}
        {field("city", "address-level2", true, true)}
        {field("province", "address-level1", false, true)}
        {field("phone", "tel", false, true, "tel")}
        <div className="sm:col-span-2">
          <label htmlFor={`${prefix}-country_code`} className="block text-sm font-semibold">{t("fields.country_code")}</label>
          <select id={`${prefix}-country_code`} name="country_code" autoComplete="shipping country" required aria-required defaultValue={v.country_code ?? ""}
            aria-invalid={Boolean(state.fields?.country_code)}
            aria-describedby={[`${prefix}-country-hint`, state.fields?.country_code ? `${prefix}-country-error` : null].filter(Boolean).join(" ")}
            className={inputClass}>
            <option value="" disabled>{t("fields.chooseCountry")}</option>
            {countries.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
          </select>
          <p id={`${prefix}-country-hint`} className="mt-1 text-xs text-ink-500">{t("addresses.onlySoldCountries")}</p>
          {state.fields?.country_code && <p id={`${prefix}-country-error`} className="mt-1 text-sm text-lotus-700">{t(`fieldErrors.${state.fields.country_code}`)}</p>}
        </div>
      </div>
      <div className="flex min-h-11 items-center gap-3">
        <input id={`${prefix}-default`} name="is_default_shipping" type="checkbox" defaultChecked={v.is_default_shipping === "on"} className="h-5 w-5 accent-ink-900" />
        <label htmlFor={`${prefix}-default`} className="text-sm">{t("addresses.useAsDefault")}</label>
      </div>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} label={t("addresses.save")} pendingLabel={t("common.saving")} testId="address-save" />
        <button type="button" onClick={onCancel} className="inline-flex min-h-12 items-center rounded-full px-6 font-semibold underline underline-offset-4">{t("common.cancel")}</button>
      </div>
    </form>
  )
}
