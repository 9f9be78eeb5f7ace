import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveExportProfileWorkflow } from "../../../../../workflows/export-documents"
import { getExportSummary } from "../../export-summary"
import type { AdminExportProfile } from "../../validators"

/** The order's export profile, line preferences, what blocks issuing, and its documents. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await getExportSummary(req.scope, req.params.id))
}

/** Replaces the export profile. Invalid input is a 400 and changes nothing. */
export async function POST(req: AuthenticatedMedusaRequest<AdminExportProfile>, res: MedusaResponse) {
  const body = req.validatedBody
  await saveExportProfileWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      actor: req.auth_context?.actor_id ?? null,
      profile: {
        incoterm: body.incoterm,
        incoterm_place: body.incoterm_place,
        reason_for_export: body.reason_for_export,
        consignee: { company_name: body.consignee.company_name ?? null, tax_ids: body.consignee.tax_ids },
        po_number: body.po_number ?? null,
        cartons: body.cartons,
        insurance_amount: body.insurance_amount ?? null,
        eur_rate: body.eur_rate ?? null,
      },
    },
  })
  res.json(await getExportSummary(req.scope, req.params.id))
}
