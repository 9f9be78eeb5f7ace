import { getTranslations, setRequestLocale } from "next-intl/server"
import { ForgotPasswordForm } from "@/modules/account/auth-forms"
import { accountMetadata } from "@/modules/account/page-meta"

export const dynamic = "force-dynamic"

export async function generateMetadata() {
  return accountMetadata("forgot.title")
}

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string; countryCode: string }> }) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  const t = await getTranslations("account")
  return (
    <>
      <h1 className="text-4xl font-semibold">{t("forgot.title")}</h1>
      <p className="mt-3 text-ink-700">{t("forgot.lead")}</p>
      <div className="mt-8 rounded-2xl border border-ink-900/10 bg-white/70 p-6">
        <ForgotPasswordForm countryCode={countryCode} />
      </div>
    </>
  )
}
