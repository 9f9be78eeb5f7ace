import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { negotiateLocale } from "./locale"

describe("negotiateLocale", () => {
  const cases: [string, string | undefined, string | null, string][] = [
    ["a saved choice wins", "fr", "en-GB,en;q=0.9", "fr"],
    ["an unknown saved value is ignored", "de", "fr-CA,fr;q=0.9", "fr"],
    ["the browser's first supported language", undefined, "de-DE,fr;q=0.8,en;q=0.5", "fr"],
    ["region subtags are ignored", undefined, "FR-be", "fr"],
    ["nothing supported → English", undefined, "de-DE,es;q=0.8", "en"],
    ["no header → English", undefined, null, "en"],
  ]
  for (const [label, cookie, header, expected] of cases) {
    it(label, () => assert.equal(negotiateLocale(cookie, header), expected))
  }
})
