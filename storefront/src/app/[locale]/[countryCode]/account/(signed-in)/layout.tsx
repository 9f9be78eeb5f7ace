import { setRequestLocale } from "next-intl/server"
import { retrieveCustomer } from "@/lib/data/customer"
import { AccountNav } from "@/modules/account/account-nav"

/**
 * The account menu, for a signed-in customer only. Each page checks the
 * session itself too (layouts are not re-rendered on every navigation) and
 * sends a signed-out visitor to sign in, with the way back.
 */
export default async function SignedInLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string; countryCode: string }> }) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  const customer = await retrieveCustomer()
  if (!customer) return children
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <div className="grid gap-8 lg:grid-cols-[13rem_1fr]">
        <AccountNav countryCode={countryCode} />
        <div className="min-w-0">{children}</div>
      </div>
    </div>
  )
}
