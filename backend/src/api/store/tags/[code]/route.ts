import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { resolveHangTag } from "../../../../lib/provenance"

const CODE = /^AFF-[A-Z0-9-]{2,16}$/

/**
 * Resolves the code printed on a hang-tag. A maker's code leads to her page
 * only while she is public; otherwise it leads to her team, never to her.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const code = String(req.params.code).toUpperCase()
  if (!CODE.test(code)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A hang-tag code looks like AFF-M07 or AFF-T01")
  const tag = await resolveHangTag(req.scope, code)
  if (!tag) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Unknown hang-tag code")
  res.json({ tag })
}
