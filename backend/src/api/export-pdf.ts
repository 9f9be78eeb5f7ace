import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { PaperworkSnapshot } from "../lib/customs"
import { renderCommercialInvoice, renderPackingList } from "../lib/customs/pdf"
import { CUSTOMS_MODULE, type CustomsModuleService } from "../modules/customs"
import { DOCUMENT_KINDS, type DocumentKind } from "./admin/orders/validators"

type Scope = { resolve: MedusaContainer["resolve"] }

/**
 * Sends one document of an issued set as a PDF download, rendered from the
 * frozen snapshot. `documentId` "current" means the order's live set.
 */
export async function sendExportPdf(scope: Scope, res: MedusaResponse, orderId: string, documentId: string, kind: string) {
  if (!Object.prototype.hasOwnProperty.call(DOCUMENT_KINDS, kind)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No document of kind ${kind}`)
  const service = scope.resolve<CustomsModuleService>(CUSTOMS_MODULE)
  const filters = documentId === "current" ? { order_id: orderId, status: "issued" as const } : { id: documentId, order_id: orderId }
  const [document] = await service.listExportDocuments(filters, { take: 1 })
  if (!document) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such document for this order")
  const snapshot = document.snapshot as unknown as PaperworkSnapshot
  const isInvoice = (kind as DocumentKind) === "commercial-invoice"
  const options = {
    void: document.status === "void" ? { reason: document.void_reason ?? null, at: document.voided_at ? new Date(document.voided_at).toISOString().slice(0, 10) : null } : null,
  }
  const pdf = isInvoice ? await renderCommercialInvoice(snapshot, options) : await renderPackingList(snapshot, options)
  const number = isInvoice ? document.invoice_number : document.packing_list_number
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${number}${document.status === "void" ? "-VOID" : ""}.pdf"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Length", String(pdf.length))
  res.end(pdf)
}
