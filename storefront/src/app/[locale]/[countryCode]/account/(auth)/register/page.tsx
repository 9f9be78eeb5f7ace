import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { retrieveCustomer } from "@/lib/data/customer"
import { RegisterForm } from "@/modules/account/auth-forms"
import { accountMetadata } from "@/modules/account/page-meta"
import { safeNextPath } from "@/modules/account/safe-next"

export const dynamic = "force-dynamic"

export async function generateMetadata() {
  return accountMetadata("register.title")
}

export default async function RegisterPage({ params, searchParams }: {
  params: Promise<{ locale: string; countryCode: string }>
  searchParams: Promise<{ next?: string | string[] }>
}) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  const next = safeNextPath((await searchParams).next, "") || null
  if (await retrieveCustomer()) redirect(next ?? `/${countryCode}/account`)
  const t = await getTranslations("account")
  return (
    <>
      <h1 className="text-4xl font-semibold">{t("register.title")}</h1>
      <p className="mt-3 text-ink-700">{t("register.lead")}</p>
      <div className="mt-8 rounded-2xl border border-ink-900/10 bg-white/70 p-6">
        <RegisterForm countryCode={countryCode} next={next} />
      </div>
    </>
  )
}
