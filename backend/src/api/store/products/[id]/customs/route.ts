import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toPublicLabel } from "../../../../../modules/customs/public-view"

/**
 * Label data for the product page: per variant, fibre composition, care and
 * origin. Only for a published product in the publishable key's sales
 * channels; variants without customs data are left out.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "status",
      "origin_country",
      "sales_channels.id",
      "variants.id",
      "variants.sku",
      "variants.origin_country",
      "variants.customs_detail.*",
    ],
    filters: { id: req.params.id },
  })
  const channels = new Set(req.publishable_key_context?.sales_channel_ids ?? [])
  const visible =
    product &&
    product.status === "published" &&
    ((product.sales_channels ?? []) as ({ id: string } | null)[]).some((sc) => sc && channels.has(sc.id))
  if (!visible) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  const variants = ((product.variants ?? []) as Record<string, any>[])
    .filter(Boolean)
    .map((v) => toPublicLabel(v, product.origin_country))
    .filter((v) => v !== null)
  res.json({ customs: { product_id: product.id, variants } })
}
