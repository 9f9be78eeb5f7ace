import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MakerModule from "../modules/maker"

/** Makers credited on a product (shown only where her product-link consent holds). */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  { linkable: MakerModule.linkable.maker, isList: true }
)
