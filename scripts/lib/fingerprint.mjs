// A hash of what decides whether migrations or the seed need to run again.
import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { ROOT } from "./process.mjs"

function addTree(hash, target) {
  if (!existsSync(target)) return
  const stat = statSync(target)
  if (stat.isDirectory()) {
    for (const entry of readdirSync(target).sort()) addTree(hash, path.join(target, entry))
  } else {
    hash.update(path.relative(ROOT, target))
    hash.update(readFileSync(target))
  }
}

export function fingerprint(relativePaths, extra = "") {
  const hash = createHash("sha256")
  hash.update(extra)
  for (const p of relativePaths) addTree(hash, path.join(ROOT, p))
  return hash.digest("hex").slice(0, 16)
}

export const SCHEMA_INPUTS = ["package-lock.json", "backend/medusa-config.ts", "backend/src/modules", "backend/src/links"]
export const SEED_INPUTS = ["backend/src/scripts", "backend/static/catalog"]
