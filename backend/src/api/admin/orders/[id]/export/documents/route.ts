import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { issueExportDocumentsWorkflow } from "../../../../../../workflows/export-documents"
import { ORDER_ID } from "../../../../../store/order-documents-access"
import { listExportDocuments } from "../../../export-summary"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const known = ORDER_ID.test(req.params.id) && (await query.graph({ entity: "order", fields: ["id"], filters: { id: req.params.id } })).data.length > 0
  if (!known) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
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
