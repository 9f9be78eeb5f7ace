import { z } from "@medusajs/framework/zod"
import { EXPORT_REASONS, INCOTERMS, TAX_ID_TYPES } from "../../../lib/customs"

/** Body of POST /admin/orders/:id/export: the whole profile, replaced at once. Order-specific rules run in the workflow. */
export const AdminExportProfile = z
  .object({
    incoterm: z.enum(INCOTERMS),
    incoterm_place: z.string().trim().min(1, "Name the Incoterm's place.").max(120),
    reason_for_export: z.enum(EXPORT_REASONS),
    consignee: z
      .object({
        company_name: z.string().trim().max(120).nullish(),
        tax_ids: z.array(z.object({ type: z.enum(TAX_ID_TYPES), value: z.string().trim().min(1).max(40) }).strict()).max(6).default([]),
      })
      .strict()
      .default({ tax_ids: [] }),
    po_number: z.string().trim().max(60).nullish(),
    cartons: z
      .array(
        z
          .object({
            length_cm: z.number().positive().max(300),
            width_cm: z.number().positive().max(300),
            height_cm: z.number().positive().max(300),
            gross_weight_kg: z.number().positive().max(1000),
            contents: z.array(z.object({ line_item_id: z.string().min(1), quantity: z.number().int().positive() }).strict()).min(1),
          })
          .strict()
      )
      .max(200)
      .default([]),
    // Stored as a 4-byte float: exact to the cent up to 50,000.
    insurance_amount: z.number().min(0).max(50_000).nullish(),
    eur_rate: z.number().positive().max(1000).nullish(),
  })
  .strict()
export type AdminExportProfile = z.infer<typeof AdminExportProfile>

export const DOCUMENT_KINDS = { "commercial-invoice": "Commercial Invoice", "packing-list": "Packing List" } as const
export type DocumentKind = keyof typeof DOCUMENT_KINDS
