import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPublicMakers } from "../../../lib/provenance"
import type { StoreMakersQuery } from "../validators"

/** Published makers whose consent covers their name, right now. */
export async function GET(req: MedusaRequest<unknown, StoreMakersQuery>, res: MedusaResponse) {
  const { code } = req.validatedQuery as StoreMakersQuery
  const makers = await listPublicMakers(req.scope, code ? { code } : {})
  res.json({ makers })
}
