import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { issueExportDocumentsWorkflow } from "../../../../../../workflows/export-documents"
import { listExportDocuments } from "../../../export-summary"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ documents: await listExportDocuments(req.scope, req.params.id) })
}

/**
 * Issues a new commercial invoice and packing list from the order as it is
 * now; the previous set, if any, is voided. 400 with the reasons when the
 * documents cannot be printed yet.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await issueExportDocumentsWorkflow(req.scope).run({
    input: { order_id: req.params.id, actor: req.auth_context?.actor_id ?? null },
  })
  res.status(201).json({
    document: {
      id: result.id,
      invoice_number: result.invoice_number,
      packing_list_number: result.packing_list_number,
      issued_at: result.issued_at,
      status: result.status,
    },
    documents: await listExportDocuments(req.scope, req.params.id),
  })
}
