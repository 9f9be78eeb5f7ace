import { model } from "@medusajs/framework/utils"

/**
 * One issue of an order's export documents: the commercial invoice and its
 * packing list, numbered from the same yearly sequence (CI-2026-00042 and
 * PL-2026-00042). `snapshot` is everything printed, frozen when issued: the
 * PDFs are rendered from it and never from the live order. Reissuing voids the
 * previous set; a voided number is never given out again.
 */
export const ExportDocument = model.define("export_document", {
  id: model.id({ prefix: "expd" }).primaryKey(),
  order_id: model.text().index(),
  sequence: model.number(),
  invoice_number: model.text().unique(),
  packing_list_number: model.text().unique(),
  issued_at: model.dateTime(),
  issued_by: model.text().nullable(),
  status: model.enum(["issued", "void"]).default("issued"),
  voided_at: model.dateTime().nullable(),
  void_reason: model.text().nullable(),
  snapshot: model.json(),
})

/** The last number given out per series ("2026"): bumped in the issuing transaction, so numbers have no gaps and no repeats. */
export const ExportDocumentCounter = model.define("export_document_counter", {
  id: model.id({ prefix: "expc" }).primaryKey(),
  series: model.text().unique(),
  last_number: model.number().default(0),
})
