import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { TAX_ID_TYPES, checkTaxIds, compactTaxId, type Consignee } from "../../lib/customs/tax-ids"

/**
 * A business buyer's consignee details on the cart, `metadata.consignee`
 * (docs/checkout.md, "Business buyers"). Medusa copies the cart's metadata to
 * the order, where the commercial invoice reads it.
 */
export const StoreConsignee = z
  .object({
    company_name: z.string().trim().max(120).nullish(),
    tax_ids: z.array(z.object({ type: z.enum(TAX_ID_TYPES), value: z.string().trim().min(1).max(40) }).strict()).max(TAX_ID_TYPES.length).default([]),
  })
  .strict()

/**
 * POST /store/carts and POST /store/carts/:id, and nothing below them. A
 * root-level regular expression: Medusa sorts it before its own middlewares
 * for these routes, so this runs before Medusa's body validation (whose
 * `metadata` is any record) and the cart is only ever written with the
 * checked, compact values.
 */
export const CART_WRITE_ROUTE = /^\/store\/carts(?:\/([^/]+))?\/?$/

type CartBody = { metadata?: Record<string, unknown> | null; shipping_address?: unknown }

/**
 * When the body carries `metadata.consignee`: checks its shape and its tax IDs
 * against the delivery country (the address in the same request, else the
 * cart's), answers 400 with the reasons, else rewrites the values compact.
 * `null` (or an empty consignee) removes it: Medusa merges cart metadata and
 * drops a key whose value is "".
 */
export async function validateConsignee(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const route = CART_WRITE_ROUTE.exec(req.path)
    const body = req.body as CartBody | undefined
    const metadata = body?.metadata
    if (!route || !metadata || typeof metadata !== "object" || Array.isArray(metadata) || !("consignee" in metadata)) return next()

    const raw = metadata.consignee
    if (raw === null || raw === "") {
      metadata.consignee = ""
      return next()
    }
    const parsed = StoreConsignee.safeParse(raw)
    if (!parsed.success) {
      const reasons = parsed.error.issues.map((i) => `${["consignee", ...i.path.map(String)].join(".")}: ${i.message}`)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, reasons.join("; "))
    }
    const country = await deliveryCountry(req, body!, route[1])
    const issues = checkTaxIds(parsed.data.tax_ids, country)
    if (issues.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, issues.map((i) => `consignee.tax_ids.${i.index}: ${i.message}`).join("; "))
    }
    const consignee: Consignee = {
      company_name: parsed.data.company_name || null,
      tax_ids: parsed.data.tax_ids.map((t) => ({ type: t.type, value: compactTaxId(t.value) })),
    }
    metadata.consignee = consignee.company_name || consignee.tax_ids.length ? consignee : ""
    next()
  } catch (error) {
    next(error)
  }
}

/** The shipping country of this request's address, else of the cart's current address, else none (formats only). */
async function deliveryCountry(req: MedusaRequest, body: CartBody, cartId: string | undefined): Promise<string | null> {
  const given = body.shipping_address
  if (given && typeof given === "object" && typeof (given as { country_code?: unknown }).country_code === "string") {
    return (given as { country_code: string }).country_code || null
  }
  if (!cartId) return null
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "shipping_address.country_code"], filters: { id: cartId } })
  return (data[0] as { shipping_address?: { country_code?: string | null } | null } | undefined)?.shipping_address?.country_code || null
}
