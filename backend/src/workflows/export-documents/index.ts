import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { buildPaperwork, checkExportProfile, compactTaxId, exporterDay, type ExportProfileInput, type Issue } from "../../lib/customs"
import { CUSTOMS_MODULE, type CustomsModuleService } from "../../modules/customs"
import { loadExportOrder } from "./order-data"

export { loadExportOrder } from "./order-data"

/** Issues as one 400 message: "cartons: …; consignee.tax_ids.0: …". */
export function invalid(issues: Issue[]): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, issues.map((i) => `${i.path}: ${i.message}`).join(" "))
}

type SaveInput = { order_id: string; profile: ExportProfileInput; actor: string | null }

/**
 * Saves an order's export profile after checking it against the order; on a
 * later failure the previous profile (or none) comes back.
 */
const saveExportProfileStep = createStep(
  "save-export-profile",
  async (input: SaveInput, { container }) => {
    const loaded = await loadExportOrder(container, input.order_id)
    const profile: ExportProfileInput = {
      ...input.profile,
      incoterm_place: input.profile.incoterm_place.trim(),
      po_number: input.profile.po_number?.trim() || null,
      consignee: {
        company_name: input.profile.consignee.company_name?.trim() || null,
        tax_ids: input.profile.consignee.tax_ids.map((t) => ({ type: t.type, value: compactTaxId(t.value) })),
      },
    }
    const issues = checkExportProfile(profile, loaded.for_profile)
    if (issues.length) throw invalid(issues)
    const service = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
    const [previous] = await service.listExportProfiles({ order_id: input.order_id }, { take: 1 })
    const data = { ...profile, consignee: profile.consignee as unknown as Record<string, unknown>, cartons: profile.cartons as unknown as Record<string, unknown>, updated_by: input.actor }
    const saved = previous
      ? await service.updateExportProfiles({ id: previous.id, ...data })
      : await service.createExportProfiles({ order_id: input.order_id, ...data })
    return new StepResponse(saved, { previous: previous ?? null, id: saved.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
    if (undo.previous) {
      const { created_at, updated_at, deleted_at, ...previous } = undo.previous as Record<string, any>
      await service.updateExportProfiles(previous as any)
    } else {
      await service.deleteExportProfiles(undo.id)
    }
  }
)

export const saveExportProfileWorkflow = createWorkflow("save-export-profile", (input: SaveInput) => {
  return new WorkflowResponse(saveExportProfileStep(input))
})

type IssueInput = { order_id: string; actor: string | null; now?: Date }

/**
 * Issues the commercial invoice and packing list of an order: checks that
 * they can be printed (exporter complete, everything packed, customs data,
 * MIDs for US textiles), then numbers and freezes them. Undoing voids them;
 * their number is not given out again.
 */
const issueExportDocumentsStep = createStep(
  "issue-export-documents",
  async (input: IssueInput, { container }) => {
    const loaded = await loadExportOrder(container, input.order_id)
    const now = input.now ?? new Date()
    const day = exporterDay(now)
    const dry = buildPaperwork(loaded.input, { invoice: "CI", packing_list: "PL" }, day)
    const issues = [...loaded.profile_issues, ...(dry.ok ? [] : dry.issues)]
    if (issues.length) throw invalid(issues)
    const service = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
    const { document, replaced_ids } = await service.issueExportDocuments({
      order_id: input.order_id,
      issued_at: now,
      issued_by: input.actor,
      build: (numbers) => {
        const built = buildPaperwork(loaded.input, { invoice: numbers.invoice_number, packing_list: numbers.packing_list_number }, day)
        if (!built.ok) throw invalid(built.issues)
        return built.snapshot as unknown as Record<string, unknown>
      },
    })
    return new StepResponse(document, { id: document.id, replaced_ids })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
    // The new set first (one live set per order), then the set it replaced comes back. Its number stays used.
    await service.updateExportDocuments({ id: undo.id, status: "void", voided_at: new Date(), void_reason: "Issue undone" })
    if (undo.replaced_ids.length) {
      await service.updateExportDocuments(undo.replaced_ids.map((id) => ({ id, status: "issued" as const, voided_at: null, void_reason: null })))
    }
  }
)

export const issueExportDocumentsWorkflow = createWorkflow("issue-export-documents", (input: IssueInput) => {
  return new WorkflowResponse(issueExportDocumentsStep(input))
})
