import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { upsertTeamWorkflow } from "../../../../workflows/provenance"

export async function POST(req: AuthenticatedMedusaRequest<Record<string, unknown>>, res: MedusaResponse) {
  const { result } = await upsertTeamWorkflow(req.scope).run({ input: { id: req.params.id, data: req.validatedBody } })
  res.json({ team: result })
}
