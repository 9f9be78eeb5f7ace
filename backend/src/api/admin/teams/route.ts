import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { upsertTeamWorkflow } from "../../../workflows/provenance"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "team", fields: ["*", "facility.id", "facility.name", "makers.id"] })
  res.json({ teams: data })
}

export async function POST(req: AuthenticatedMedusaRequest<Record<string, unknown>>, res: MedusaResponse) {
  const { result } = await upsertTeamWorkflow(req.scope).run({ input: { data: req.validatedBody } })
  res.status(201).json({ team: result })
}
