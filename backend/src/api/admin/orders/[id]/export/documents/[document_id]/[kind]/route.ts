import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendExportPdf } from "../../../../../../../export-pdf"

/** GET …/documents/:document_id/commercial-invoice|packing-list: the PDF, voided sets included (marked in the file name). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendExportPdf(req.scope, res, req.params.id, req.params.document_id, req.params.kind)
}
