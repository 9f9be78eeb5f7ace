import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MakerModule from "../modules/maker"

/** The optional cost breakdown of a product. */
export default defineLink(ProductModule.linkable.product, {
  linkable: MakerModule.linkable.costBreakdown,
  deleteCascade: true,
})
