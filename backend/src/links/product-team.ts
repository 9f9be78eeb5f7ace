import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MakerModule from "../modules/maker"

/** The team a product is credited to when no individual consented to a product link. */
export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, MakerModule.linkable.team)
