import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPublicMaker } from "../../../../../lib/provenance"

/**
 * Exactly what the store would show, built by the same code as the store
 * route. `is_public` says whether visitors see it now; when she is not yet
 * published, `maker` shows what publishing would reveal.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [live, preview] = await Promise.all([
    getPublicMaker(req.scope, { id: req.params.id }),
    getPublicMaker(req.scope, { id: req.params.id }, { ignorePublished: true }),
  ])
  res.json({ maker: live ?? preview, is_public: live !== null })
}
