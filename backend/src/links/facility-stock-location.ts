import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import MakerModule from "../modules/maker"

/** Each facility profile describes one stock location. */
export default defineLink(MakerModule.linkable.facility, StockLocationModule.linkable.stockLocation)
