import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateExporterSettingsWorkflow } from "../../../workflows/customs"
import { getExporterSettings } from "../customs/read"
import type { AdminExporterSettings } from "../customs/validators"

/** The exporter block of commercial invoices, and what an invoice still lacks. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await getExporterSettings(req.scope))
}

/** Replaces the exporter settings; optional numbers left out or empty are cleared. */
export async function POST(req: AuthenticatedMedusaRequest<AdminExporterSettings>, res: MedusaResponse) {
  const body = req.validatedBody
  const data = {
    legal_name: body.legal_name,
    address: {
      address_1: body.address.address_1,
      address_2: body.address.address_2 ?? null,
      city: body.address.city,
      province: body.address.province ?? null,
      postal_code: body.address.postal_code ?? null,
      country_code: body.address.country_code,
    },
    tax_id: body.tax_id,
    rex_number: body.rex_number ?? null,
    ioss_number: body.ioss_number ?? null,
    uk_vat_number: body.uk_vat_number ?? null,
    au_arn: body.au_arn ?? null,
    phone: body.phone ?? null,
    email: body.email ?? null,
    signatory_name: body.signatory_name,
    signatory_title: body.signatory_title ?? null,
  }
  await updateExporterSettingsWorkflow(req.scope).run({ input: { data } })
  res.json(await getExporterSettings(req.scope))
}
