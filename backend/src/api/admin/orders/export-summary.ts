import type { MedusaContainer } from "@medusajs/framework/types"
import {
  buildPaperwork,
  exporterDay,
  INCOTERMS,
  RETAIL_INCOTERMS,
  EXPORT_REASONS,
  REASON_LABELS,
  TAX_ID_LABELS,
  taxIdTypesFor,
} from "../../../lib/customs"
import { CUSTOMS_MODULE, type CustomsModuleService } from "../../../modules/customs"
import { loadExportOrder } from "../../../workflows/export-documents"

type Scope = { resolve: MedusaContainer["resolve"] }

/** Documents as the Admin lists them: never the snapshot itself. */
export async function listExportDocuments(scope: Scope, orderId: string) {
  const service = scope.resolve<CustomsModuleService>(CUSTOMS_MODULE)
  const rows = await service.listExportDocuments({ order_id: orderId })
  // Newest first: by issue time (the sequence starts again every year).
  return rows.sort((a, b) => new Date(b.issued_at).getTime() - new Date(a.issued_at).getTime() || b.sequence - a.sequence).map((d) => ({
    id: d.id,
    invoice_number: d.invoice_number,
    packing_list_number: d.packing_list_number,
    issued_at: d.issued_at,
    issued_by: d.issued_by,
    status: d.status,
    voided_at: d.voided_at,
    void_reason: d.void_reason,
  }))
}

/**
 * The order's export page in the Admin: its profile (or defaults), what
 * issuing would print per line (preference and why), what still blocks
 * issuing, and the documents issued so far.
 */
export async function getExportSummary(scope: Scope, orderId: string, today = new Date()) {
  const loaded = await loadExportOrder(scope, orderId)
  const built = buildPaperwork(loaded.input, { invoice: "", packing_list: "" }, exporterDay(today))
  const country = loaded.for_profile.country_code
  return {
    order: {
      id: loaded.order.id,
      display_id: loaded.order.display_id,
      channel: loaded.for_profile.channel,
      country_code: country,
      currency_code: loaded.order.currency_code,
      checkout_consignee: loaded.for_profile.checkout_consignee ?? null,
    },
    profile: loaded.profile,
    profile_saved: loaded.profile_saved,
    suggested_carton: loaded.suggested_carton,
    destination: built.preview.destination,
    lines: built.preview.lines.map((l) => ({
      n: l.n,
      line_item_id: l.line_item_id,
      description: l.description,
      sku: l.sku,
      quantity: l.quantity,
      hs_code: l.hs_code,
      tariff: l.tariff,
      mid: l.mid,
      preference: l.preference,
      origin_statement: l.origin_statement,
    })),
    origin_statement: built.preview.origin_statement,
    origin_note: built.preview.origin_note,
    ready: built.ok && loaded.profile_issues.length === 0,
    blocking: [...loaded.profile_issues, ...(built.ok ? [] : built.issues)],
    documents: await listExportDocuments(scope, orderId),
    options: {
      incoterms: loaded.for_profile.channel === "retail" ? RETAIL_INCOTERMS : INCOTERMS,
      reasons: EXPORT_REASONS.map((value) => ({ value, label: REASON_LABELS[value] })),
      tax_id_types: taxIdTypesFor(country).map((value) => ({ value, label: TAX_ID_LABELS[value] })),
    },
  }
}
