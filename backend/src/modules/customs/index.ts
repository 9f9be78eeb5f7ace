import { Module } from "@medusajs/framework/utils"
import CustomsModuleService from "./service"

export const CUSTOMS_MODULE = "customs"

export default Module(CUSTOMS_MODULE, { service: CustomsModuleService })
export type { CustomsModuleService }
