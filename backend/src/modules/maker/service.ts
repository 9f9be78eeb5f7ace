import { MedusaService } from "@medusajs/framework/utils"
import { AuditEntry } from "./models/audit-entry"
import { ConsentRecord } from "./models/consent-record"
import { CostBreakdown } from "./models/cost-breakdown"
import { Facility } from "./models/facility"
import { ImpactFigure } from "./models/impact-figure"
import { Maker } from "./models/maker"
import { MakerIdentity } from "./models/maker-identity"
import { MediaAsset } from "./models/media-asset"
import { Team } from "./models/team"

class MakerModuleService extends MedusaService({
  Maker,
  MakerIdentity,
  ConsentRecord,
  MediaAsset,
  AuditEntry,
  Team,
  Facility,
  ImpactFigure,
  CostBreakdown,
}) {}

export default MakerModuleService
