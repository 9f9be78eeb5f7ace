/**
 * Staff steps of the export paperwork, through the Admin API exactly as the
 * Admin's order widget sends them: complete the exporter settings, pack the
 * order in the suggested carton, issue the documents.
 */
const BACKEND = process.env.E2E_BACKEND_URL ?? "http://localhost:9100"
const ADMIN = { email: process.env.ADMIN_EMAIL ?? "admin@afesip.test", password: process.env.ADMIN_PASSWORD ?? "afesip-admin" }

async function adminHeaders() {
  const login = await fetch(`${BACKEND}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  if (!login.ok) throw new Error(`Admin login failed: ${login.status}`)
  const { token } = (await login.json()) as { token: string }
  return { authorization: `Bearer ${token}`, "content-type": "application/json" }
}

async function call<T>(path: string, init: RequestInit & { headers: Record<string, string> }): Promise<T> {
  const response = await fetch(`${BACKEND}${path}`, init)
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

export const ADMIN_URL = `${BACKEND}/app`
export { ADMIN }

/** Staff complete the exporter settings the seed leaves open (TIN and signatory). */
export async function completeExporterSettings() {
  const headers = await adminHeaders()
  const { exporter } = await call<{ exporter: Record<string, unknown> & { address: Record<string, unknown> } }>("/admin/exporter", { headers })
  await call("/admin/exporter", {
    method: "POST",
    headers,
    body: JSON.stringify({
      legal_name: exporter.legal_name,
      address: exporter.address,
      tax_id: "K001-901234567",
      signatory_name: "Export Manager",
      signatory_title: "Export manager",
    }),
  })
}

/** Issues the commercial invoice and packing list of an order; returns the invoice number. */
export async function issueExportDocumentsAsStaff(orderId: string): Promise<string> {
  await completeExporterSettings()
  const headers = await adminHeaders()
  const summary = await call<{ profile: Record<string, unknown>; suggested_carton: unknown }>(`/admin/orders/${orderId}/export`, { headers })
  await call(`/admin/orders/${orderId}/export`, { method: "POST", headers, body: JSON.stringify({ ...summary.profile, cartons: [summary.suggested_carton] }) })
  const { document } = await call<{ document: { invoice_number: string } }>(`/admin/orders/${orderId}/export/documents`, { method: "POST", headers })
  return document.invoice_number
}
