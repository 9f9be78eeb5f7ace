import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendExportPdf } from "../../../../../export-pdf"

/** The current commercial invoice as a PDF, for the order's signed-in owner only. The packing list stays with AFESIP. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  if (req.params.kind !== "commercial-invoice") throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such document")
  await sendExportPdf(req.scope, res, req.params.id, "current", req.params.kind)
}
