import { MedusaService } from "@medusajs/framework/utils"
import { CustomsDetail } from "./models/customs-detail"
import { ExporterSettings } from "./models/exporter-settings"
import { FacilityMid } from "./models/facility-mid"

class CustomsModuleService extends MedusaService({ CustomsDetail, ExporterSettings, FacilityMid }) {}

export default CustomsModuleService
