import { randomBytes } from "node:crypto"
import fs from "node:fs/promises"
import path from "node:path"

/** One email as the outbox writes it: a JSON file per message. */
export type OutboxRecord = {
  id: string
  to: string
  from: string
  subject: string
  template: string
  html: string
  text: string
  data: Record<string, unknown>
  created_at: string
}

export type Env = Record<string, string | undefined>

/** EMAIL_OUTBOX_DIR, else `.outbox` in the backend's working directory. */
export function outboxDir(env: Env = process.env, cwd = process.cwd(), configured?: string): string {
  const dir = configured?.trim() || env.EMAIL_OUTBOX_DIR?.trim()
  return dir ? path.resolve(cwd, dir) : path.join(cwd, ".outbox")
}

/** `20261129T001500123`: UTC, millisecond precision, sorts by time as text. */
export function compactTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(".", "").replace(/Z$/, "")
}

/** A recipient made safe for a file name: `Buyer@Example.com` → `buyer_at_example.com`. */
export function safeRecipient(to: string): string {
  const safe = to
    .trim()
    .toLowerCase()
    .replace(/@/g, "_at_")
    .replace(/[^a-z0-9._-]+/g, "_")
    .replace(/^[._]+/, "")
    .slice(0, 80)
  return safe || "unknown"
}

function safeSegment(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "email"
}

export function outboxFileName(record: Pick<OutboxRecord, "to" | "template">, date: Date, suffix = 0): string {
  const base = `${compactTimestamp(date)}-${safeSegment(record.template)}-${safeRecipient(record.to)}`
  return `${suffix ? `${base}-${suffix}` : base}.json`
}

const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false
  )

/**
 * Writes the record to `dir` (created if missing) and returns the file's path.
 * The JSON is written to a temporary name first and then renamed, so a reader
 * polling the folder never sees half a file.
 */
export async function writeOutboxFile(dir: string, record: OutboxRecord, date = new Date(record.created_at)): Promise<string> {
  await fs.mkdir(dir, { recursive: true })
  const temp = path.join(dir, `.tmp-${randomBytes(6).toString("hex")}`)
  await fs.writeFile(temp, `${JSON.stringify(record, null, 2)}\n`, "utf8")
  for (let suffix = 0; ; suffix++) {
    const file = path.join(dir, outboxFileName(record, date, suffix))
    if (!(await exists(file))) {
      await fs.rename(temp, file)
      return file
    }
  }
}
