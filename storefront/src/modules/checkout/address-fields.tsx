"use client"

import { useTranslations } from "next-intl"
import type { AddressInput } from "@/lib/util/checkout-details"

type Field = { key: keyof AddressInput; autoComplete: string; required: boolean; half?: boolean; type?: string }

const FIELDS: Field[] = [
  { key: "first_name", autoComplete: "given-name", required: true, half: true },
  { key: "last_name", autoComplete: "family-name", required: true, half: true },
  { key: "company", autoComplete: "organization", required: false },
  { key: "address_1", autoComplete: "address-line1", required: true },
  { key: "address_2", autoComplete: "address-line2", required: false },
  { key: "postal_code", autoComplete: "postal-code", required: true, half: true },
  { key: "city", autoComplete: "address-level2", required: true, half: true },
  { key: "province", autoComplete: "address-level1", required: false, half: true },
  { key: "phone", autoComplete: "tel", required: false, half: true, type: "tel" },
]

/** Address inputs; the country list holds only countries the cart's region ships to. */
export function AddressFields({ prefix, value, onChange, countries, errors }: {
  prefix: string
  value: AddressInput
  onChange: (next: AddressInput) => void
  countries: { code: string; name: string }[]
  errors: Record<string, string>
}) {
  const t = useTranslations("checkout")
  const set = (key: keyof AddressInput, v: string) => onChange({ ...value, [key]: v })
  const errorOf = (key: string) => errors[`${prefix}.${key}`]
  const input = "mt-1 min-h-11 w-full rounded-lg border border-ink-900/20 bg-white px-3"
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {FIELDS.map((f) => {
        const id = `${prefix}-${f.key}`
        const err = errorOf(f.key)
        return (
          <div key={f.key} className={f.half ? "" : "sm:col-span-2"}>
            <label htmlFor={id} className="block text-sm font-semibold">
              {t(`address.${f.key}`)}{!f.required && <span className="font-normal text-ink-500"> ({t("optional")})</span>}
            </label>
            <input id={id} type={f.type ?? "text"} autoComplete={`shipping ${f.autoComplete}`} required={f.required}
              value={value[f.key] ?? ""} onChange={(e) => set(f.key, e.target.value)}
              aria-invalid={Boolean(err)} aria-describedby={err ? `${id}-error` : undefined} className={input} />
            {err && <p id={`${id}-error`} className="mt-1 text-sm text-lotus-700">{t(`fieldErrors.${err}` as never)}</p>}
          </div>
        )
      })}
      <div className="sm:col-span-2">
        <label htmlFor={`${prefix}-country_code`} className="block text-sm font-semibold">{t("address.country_code")}</label>
        <select id={`${prefix}-country_code`} autoComplete="shipping country" required value={value.country_code?.toLowerCase() ?? ""}
          onChange={(e) => set("country_code", e.target.value)} aria-invalid={Boolean(errorOf("country_code"))}
          aria-describedby={errorOf("country_code") ? `${prefix}-country_code-error` : undefined} className={input}>
          <option value="" disabled>{t("address.chooseCountry")}</option>
          {countries.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
        </select>
        {errorOf("country_code") && <p id={`${prefix}-country_code-error`} className="mt-1 text-sm text-lotus-700">{t(`fieldErrors.${errorOf("country_code")}` as never)}</p>}
      </div>
    </div>
  )
}
