"use client"

import { useTranslations } from "next-intl"
import { taxIdTypesFor, type ConsigneeInput } from "@/lib/util/checkout-details"

/**
 * "I'm buying for a business": the company and the tax IDs that apply to the
 * shipping country, printed on the customs invoice. The backend checks the
 * formats; its answer comes back in `errors` ("consignee.<field>").
 */
export function BusinessFields({ value, onChange, countryCode, errors }: {
  value: ConsigneeInput
  onChange: (next: ConsigneeInput) => void
  countryCode: string | undefined
  errors: Record<string, string>
}) {
  const t = useTranslations("checkout")
  const types = taxIdTypesFor(countryCode)
  const input = "mt-1 min-h-11 w-full rounded-lg border border-ink-900/20 bg-white px-3"
  const errorOf = (key: string) => errors[`consignee.${key}`]
  const companyError = errorOf("company_name")
  return (
    <div className="rounded-xl border border-ink-900/10 p-4" data-testid="business-fields">
      <label htmlFor="consignee-business" className="flex min-h-11 cursor-pointer items-center gap-3 text-sm font-semibold">
        <input id="consignee-business" type="checkbox" checked={Boolean(value.business)} onChange={(e) => onChange({ ...value, business: e.target.checked })} className="h-5 w-5" />
        {t("business.toggle")}
      </label>
      {value.business && (
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <p className="text-sm text-ink-500 sm:col-span-2">{t("business.intro")}</p>
          <div className="sm:col-span-2">
            <label htmlFor="consignee-company_name" className="block text-sm font-semibold">{t("business.company_name")}</label>
            <input id="consignee-company_name" type="text" autoComplete="organization" required value={value.company_name ?? ""}
              onChange={(e) => onChange({ ...value, company_name: e.target.value })}
              aria-invalid={Boolean(companyError)} aria-describedby={companyError ? "consignee-company_name-error" : undefined} className={input} />
            {companyError && <p id="consignee-company_name-error" className="mt-1 text-sm text-lotus-700">{t(`fieldErrors.${companyError}` as never)}</p>}
          </div>
          {types.map((type) => {
            const id = `consignee-${type}`
            const err = errorOf(type)
            return (
              <div key={type} className={types.length === 1 ? "sm:col-span-2" : ""}>
                <label htmlFor={id} className="block text-sm font-semibold">
                  {t(`business.taxIds.${type}.label`)}<span className="font-normal text-ink-500"> ({t("optional")})</span>
                </label>
                <input id={id} type="text" autoComplete="off" autoCapitalize="characters" spellCheck={false} value={value.tax_ids?.[type] ?? ""}
                  onChange={(e) => onChange({ ...value, tax_ids: { ...value.tax_ids, [type]: e.target.value } })}
                  aria-invalid={Boolean(err)} aria-describedby={[`${id}-hint`, err ? `${id}-error` : ""].filter(Boolean).join(" ")} className={input} />
                <p id={`${id}-hint`} className="mt-1 text-xs text-ink-500">{t(`business.taxIds.${type}.hint`)}</p>
                {err && <p id={`${id}-error`} className="mt-1 text-sm text-lotus-700">{t(`fieldErrors.${err}` as never)}</p>}
              </div>
            )
          })}
          {types.length === 0 && (
            <p className="text-sm text-ink-500 sm:col-span-2" data-testid="business-no-tax-ids">{countryCode ? t("business.none") : t("business.chooseCountry")}</p>
          )}
        </div>
      )}
    </div>
  )
}
