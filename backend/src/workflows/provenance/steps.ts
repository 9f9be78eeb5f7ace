import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"

type Json = Record<string, any>
type UpsertInput = { id?: string | null; data: Json }
type Undo = { created: string | null; previous: Json | null }
type Entity = "Team" | "Facility" | "ImpactFigure" | "CostBreakdown"
/** MedusaService pluralises model names in its generated method names. */
const PLURAL: Record<Entity, string> = { Team: "Teams", Facility: "Facilities", ImpactFigure: "ImpactFigures", CostBreakdown: "CostBreakdowns" }

/**
 * Create-or-update of one record of the maker module, undone by deleting what
 * it created or restoring the fields it changed.
 */
export function upsertRecordStep(name: string, entity: Entity) {
  return createStep<UpsertInput, Json, Undo>(
    name,
    async (input: UpsertInput, { container }) => {
      const service = container.resolve(MAKER_MODULE) as MakerModuleService & Record<string, any>
      if (!input.id) {
        const created = await service[`create${PLURAL[entity]}`](input.data)
        return new StepResponse<Json, Undo>(created as Json, { created: created.id as string, previous: null })
      }
      const before = (await service[`retrieve${entity}`](input.id)) as Json
      const previous: Json = { id: before.id }
      for (const key of Object.keys(input.data)) previous[key] = before[key]
      const updated = await service[`update${PLURAL[entity]}`]({ id: input.id, ...input.data })
      return new StepResponse<Json, Undo>(updated as Json, { created: null, previous })
    },
    async (undo, { container }) => {
      if (!undo) return
      const service = container.resolve(MAKER_MODULE) as MakerModuleService & Record<string, any>
      if (undo.created) await service[`delete${PLURAL[entity]}`](undo.created)
      if (undo.previous) await service[`update${PLURAL[entity]}`](undo.previous)
    }
  )
}

/** Deletes one record; undone by re-creating it with the same id. */
export function deleteRecordStep(name: string, entity: Entity) {
  return createStep<{ id: string }, string, Json>(
    name,
    async (input: { id: string }, { container }) => {
      const service = container.resolve(MAKER_MODULE) as MakerModuleService & Record<string, any>
      const before = (await service[`retrieve${entity}`](input.id)) as Json
      await service[`delete${PLURAL[entity]}`](input.id)
      return new StepResponse(input.id, before)
    },
    async (before, { container }) => {
      if (!before) return
      const service = container.resolve(MAKER_MODULE) as MakerModuleService & Record<string, any>
      const { created_at, updated_at, deleted_at, facility, ...data } = before
      await service[`create${PLURAL[entity]}`](data)
    }
  )
}

type LinkState = { maker_ids: string[]; team_id: string | null }

/**
 * Replaces the makers and team credited on a product. Links go through
 * Medusa's Link service so Query can read them from either side.
 */
export const setProductMakersStep = createStep(
  "set-product-makers",
  async (input: { product_id: string } & LinkState, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const service = container.resolve(MAKER_MODULE) as MakerModuleService
    const { data: [product] } = await query.graph({
      entity: "product",
      fields: ["id", "makers.id", "team.id"],
      filters: { id: input.product_id },
    })
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found.`)
    const found = input.maker_ids.length ? await service.listMakers({ id: input.maker_ids }) : []
    if (found.length !== new Set(input.maker_ids).size) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "One or more makers do not exist.")
    }
    if (input.team_id) await service.retrieveTeam(input.team_id)

    const previous: LinkState = {
      maker_ids: ((product as any).makers ?? []).filter(Boolean).map((m: { id: string }) => m.id),
      team_id: (product as any).team?.id ?? null,
    }
    await replaceLinks(link, input.product_id, previous, input)
    return new StepResponse(input, { product_id: input.product_id, state: previous, applied: input as LinkState })
  },
  async (undo, { container }) => {
    if (!undo) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await replaceLinks(link, undo.product_id, undo.applied, undo.state)
  }
)

async function replaceLinks(link: any, productId: string, from: LinkState, to: LinkState) {
  const product = { [Modules.PRODUCT]: { product_id: productId } }
  const dismiss = [
    ...from.maker_ids.map((id) => ({ ...product, [MAKER_MODULE]: { maker_id: id } })),
    ...(from.team_id ? [{ ...product, [MAKER_MODULE]: { team_id: from.team_id } }] : []),
  ]
  const create = [
    ...[...new Set(to.maker_ids)].map((id) => ({ ...product, [MAKER_MODULE]: { maker_id: id } })),
    ...(to.team_id ? [{ ...product, [MAKER_MODULE]: { team_id: to.team_id } }] : []),
  ]
  if (dismiss.length) await link.dismiss(dismiss)
  if (create.length) await link.create(create)
}

/** Links a cost breakdown to its product (once). */
export const linkCostBreakdownStep = createStep(
  "link-cost-breakdown",
  async (input: { product_id: string; cost_breakdown_id: string; already_linked: boolean }, { container }) => {
    if (input.already_linked) return new StepResponse(null, null)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const def = { [Modules.PRODUCT]: { product_id: input.product_id }, [MAKER_MODULE]: { cost_breakdown_id: input.cost_breakdown_id } }
    await link.create(def)
    return new StepResponse(null, def)
  },
  async (def, { container }) => {
    if (def) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(def)
  }
)
