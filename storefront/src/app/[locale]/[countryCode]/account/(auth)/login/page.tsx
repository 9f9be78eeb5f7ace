import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { retrieveCustomer } from "@/lib/data/customer"
import { LoginForm } from "@/modules/account/auth-forms"
import { accountMetadata } from "@/modules/account/page-meta"
import { safeNextPath } from "@/modules/account/safe-next"

export const dynamic = "force-dynamic"

export async function generateMetadata() {
  return accountMetadata("login.title")
}

export default async function LoginPage({ params, searchParams }: {
  params: Promise<{ locale: string; countryCode: string }>
  searchParams: Promise<{ next?: string | string[]; email?: string | string[] }>
}) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const next = safeNextPath(query.next, "") || null
  if (await retrieveCustomer()) redirect(next ?? `/${countryCode}/account`)
  const t = await getTranslations("account")
  const email = typeof query.email === "string" ? query.email.slice(0, 254) : undefined
  return (
    <>
      <h1 className="text-4xl font-semibold">{t("login.title")}</h1>
      <p className="mt-3 text-ink-700">{next?.includes("/checkout") ? t("login.checkoutLead") : t("login.lead")}</p>
      <div className="mt-8 rounded-2xl border border-ink-900/10 bg-white/70 p-6">
        <LoginForm countryCode={countryCode} next={next} defaultEmail={email} />
      </div>
    </>
  )
}
