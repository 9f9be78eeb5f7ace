import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CustomsModule from "../modules/customs"

/**
 * A variant's customs data (`product_variant.customs_detail` in Query); it is
 * deleted with the variant.
 */
export default defineLink(ProductModule.linkable.productVariant, {
  linkable: CustomsModule.linkable.customsDetail,
  deleteCascade: true,
})
