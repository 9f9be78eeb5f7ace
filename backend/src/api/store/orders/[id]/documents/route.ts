import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMS_MODULE, type CustomsModuleService } from "../../../../../modules/customs"

/**
 * The signed-in owner's documents for her order: the current commercial
 * invoice, once AFESIP has issued it. Ownership is checked by the
 * middleware (store/order-documents-access.ts).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<CustomsModuleService>(CUSTOMS_MODULE)
  const [current] = await service.listExportDocuments({ order_id: req.params.id, status: "issued" }, { take: 1 })
  res.json({
    documents: current
      ? [{ kind: "commercial-invoice", number: current.invoice_number, issued_at: current.issued_at }]
      : [],
  })
}
