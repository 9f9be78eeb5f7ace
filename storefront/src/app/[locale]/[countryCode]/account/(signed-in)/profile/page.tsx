import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireCustomer } from "@/lib/data/customer"
import { accountMetadata } from "@/modules/account/page-meta"
import { PasswordLinkForm, ProfileForm } from "@/modules/account/profile-forms"

export const dynamic = "force-dynamic"

export async function generateMetadata() {
  return accountMetadata("profile.title")
}

export default async function ProfilePage({ params }: { params: Promise<{ locale: string; countryCode: string }> }) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  const customer = await requireCustomer(countryCode, `/${countryCode}/account/profile`)
  const t = await getTranslations("account")
  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-4xl font-semibold">{t("profile.title")}</h1>
        <p className="mt-3 text-ink-700">{t("profile.lead")}</p>
      </header>
      <section aria-labelledby="profile-details" className="rounded-2xl border border-ink-900/10 bg-white/70 p-6">
        <h2 id="profile-details" className="font-serif text-xl">{t("profile.detailsTitle")}</h2>
        <dl className="mt-4 text-sm">
          <dt className="font-semibold">{t("fields.email")}</dt>
          <dd data-testid="profile-email">{customer.email}</dd>
          <dd className="text-xs text-ink-500">{t("profile.emailNote")}</dd>
        </dl>
        <div className="mt-6">
          <ProfileForm firstName={customer.first_name ?? ""} lastName={customer.last_name ?? ""} phone={customer.phone ?? ""} />
        </div>
      </section>
      <section aria-labelledby="profile-password" className="rounded-2xl border border-ink-900/10 bg-white/70 p-6">
        <h2 id="profile-password" className="font-serif text-xl">{t("profile.passwordTitle")}</h2>
        <div className="mt-4">
          <PasswordLinkForm countryCode={countryCode} email={customer.email} />
        </div>
      </section>
    </div>
  )
}
