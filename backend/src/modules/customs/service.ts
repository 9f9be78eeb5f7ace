import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { exporterDay } from "../../lib/customs/paperwork"
import { CustomsDetail } from "./models/customs-detail"
import { ExportDocument, ExportDocumentCounter } from "./models/export-document"
import { ExportProfile } from "./models/export-profile"
import { ExporterSettings } from "./models/exporter-settings"
import { FacilityMid } from "./models/facility-mid"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

export type IssuedNumbers = { sequence: number; invoice_number: string; packing_list_number: string }

/** "CI-2026-00042": the series (the year) and a 5-digit number. */
export const documentNumber = (prefix: "CI" | "PL", series: string, n: number) => `${prefix}-${series}-${String(n).padStart(5, "0")}`

class CustomsModuleService extends MedusaService({
  CustomsDetail,
  ExporterSettings,
  FacilityMid,
  ExportProfile,
  ExportDocument,
  ExportDocumentCounter,
}) {
  /**
   * Issues an order's export documents in one transaction: takes the next
   * number of the year's series (the counter row stays locked until commit,
   * so concurrent issues queue and no number is skipped or given twice),
   * voids the order's previous set, and stores the frozen snapshot built by
   * `build` for those numbers.
   */
  @InjectTransactionManager()
  async issueExportDocuments(
    input: { order_id: string; issued_at: Date; issued_by: string | null; build: (numbers: IssuedNumbers) => Record<string, unknown> },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    // The year in Phnom Penh, where the documents are dated.
    const series = exporterDay(input.issued_at).slice(0, 4)
    const [row] = await manager.execute(
      `insert into "export_document_counter" ("id", "series", "last_number") values (?, ?, 1)
       on conflict ("series") where "deleted_at" is null
       do update set "last_number" = "export_document_counter"."last_number" + 1, "updated_at" = now()
       returning "last_number"`,
      [`expc_${series}`, series]
    )
    const sequence = Number(row.last_number)
    const numbers: IssuedNumbers = {
      sequence,
      invoice_number: documentNumber("CI", series, sequence),
      packing_list_number: documentNumber("PL", series, sequence),
    }
    const snapshot = input.build(numbers)
    // Void the live set first, in SQL and now: the ORM would flush the insert before the update
    // and trip the one-live-set-per-order index.
    const voided = await manager.execute(
      `update "export_document" set "status" = 'void', "voided_at" = ?, "void_reason" = ?, "updated_at" = now()
       where "order_id" = ? and "status" = 'issued' and "deleted_at" is null
       returning "id"`,
      [input.issued_at, `Replaced by ${numbers.invoice_number}`, input.order_id]
    )
    const document = await this.createExportDocuments(
      {
        order_id: input.order_id,
        sequence,
        invoice_number: numbers.invoice_number,
        packing_list_number: numbers.packing_list_number,
        issued_at: input.issued_at,
        issued_by: input.issued_by,
        status: "issued",
        snapshot,
      },
      sharedContext
    )
    return { document, replaced_ids: voided.map((row) => String(row.id)) }
  }
}

export default CustomsModuleService
