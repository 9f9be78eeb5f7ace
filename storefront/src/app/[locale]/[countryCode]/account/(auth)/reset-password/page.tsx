import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ResetPasswordForm } from "@/modules/account/auth-forms"
import { accountMetadata } from "@/modules/account/page-meta"

export const dynamic = "force-dynamic"

/** The URL holds a reset token: never send it on to another site as a referrer. */
export async function generateMetadata() {
  return accountMetadata("reset.title", { referrer: "no-referrer" })
}

const first = (value: string | string[] | undefined) => (typeof value === "string" ? value : "")

/** Opened from the reset email: /{country}/account/reset-password?token=…&email=… */
export default async function ResetPasswordPage({ params, searchParams }: {
  params: Promise<{ locale: string; countryCode: string }>
  searchParams: Promise<{ token?: string | string[]; email?: string | string[] }>
}) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const token = first(query.token)
  const email = first(query.email).slice(0, 254)
  const t = await getTranslations("account")
  const complete = /^[A-Za-z0-9._-]{10,4096}$/.test(token) && email.includes("@")
  return (
    <>
      <h1 className="text-4xl font-semibold">{t("reset.title")}</h1>
      {complete ? (
        <>
          <p className="mt-3 text-ink-700">{t("reset.lead", { email })}</p>
          <div className="mt-8 rounded-2xl border border-ink-900/10 bg-white/70 p-6">
            <ResetPasswordForm countryCode={countryCode} token={token} email={email} />
          </div>
        </>
      ) : (
        <div className="mt-8 space-y-4" data-testid="reset-invalid">
          <p className="text-ink-700">{t("reset.invalidLink")}</p>
          <Link href={`/${countryCode}/account/forgot-password`} className="inline-flex min-h-12 items-center rounded-full bg-ink-900 px-6 font-semibold text-sand-50 hover:bg-ink-700">
            {t("reset.newLink")}
          </Link>
        </div>
      )}
    </>
  )
}
