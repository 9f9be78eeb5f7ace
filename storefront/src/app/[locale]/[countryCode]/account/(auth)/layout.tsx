/** Sign in, create account and password pages: one narrow column. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto max-w-lg px-4 py-12 sm:px-6">{children}</div>
}
