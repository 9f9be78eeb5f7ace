import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { setProductMakersWorkflow } from "../../../../../workflows/provenance"
import type { AdminSetProductMakers } from "../../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "makers.id",
      "makers.display_name",
      "makers.code",
      "makers.is_published",
      "team.id",
      "team.name",
      "team.code",
      "cost_breakdown.*",
    ],
    filters: { id: req.params.id },
  })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  const makers = ((product as any).makers ?? []).filter(Boolean)
  res.json({
    maker_ids: makers.map((m: { id: string }) => m.id),
    team_id: (product as any).team?.id ?? null,
    makers,
    team: (product as any).team ?? null,
    cost_breakdown: (product as any).cost_breakdown ?? null,
  })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminSetProductMakers>, res: MedusaResponse) {
  const { result } = await setProductMakersWorkflow(req.scope).run({
    input: { product_id: req.params.id, maker_ids: req.validatedBody.maker_ids, team_id: req.validatedBody.team_id },
  })
  res.json({ maker_ids: result.maker_ids, team_id: result.team_id })
}
