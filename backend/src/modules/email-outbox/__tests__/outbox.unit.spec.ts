import fs from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { compactTimestamp, outboxDir, outboxFileName, safeRecipient, writeOutboxFile, type OutboxRecord } from "../outbox-file"
import { OutboxNotificationService, productionWarning } from "../service"

const silentLogger = { info: () => undefined, warn: () => undefined, error: () => undefined } as never

describe("outbox file names", () => {
  it("sort by time and name the template and a safe recipient", () => {
    const at = new Date("2026-11-29T00:15:00.123Z")
    expect(compactTimestamp(at)).toBe("20261129T001500123")
    expect(outboxFileName({ to: "Buyer@Example.com", template: "order-confirmation" }, at)).toBe(
      "20261129T001500123-order-confirmation-buyer_at_example.com.json"
    )
    expect(outboxFileName({ to: "a@b.c", template: "password-reset" }, at, 2)).toBe("20261129T001500123-password-reset-a_at_b.c-2.json")
  })

  it.each([
    ["../../etc/passwd@x.y", "etc_passwd_at_x.y"],
    ["a b+tag@exa mple.com", "a_b_tag_at_exa_mple.com"],
    ["", "unknown"],
  ])("recipient %p becomes %p", (to, safe) => {
    expect(safeRecipient(to)).toBe(safe)
    expect(safeRecipient(to)).not.toContain("/")
  })

  it("lives in EMAIL_OUTBOX_DIR, else .outbox in the working directory", () => {
    expect(outboxDir({}, "/srv/backend")).toBe(path.join("/srv/backend", ".outbox"))
    expect(outboxDir({ EMAIL_OUTBOX_DIR: "mail" }, "/srv/backend")).toBe(path.resolve("/srv/backend", "mail"))
    expect(outboxDir({ EMAIL_OUTBOX_DIR: "/tmp/x" }, "/srv/backend", "/var/mail")).toBe("/var/mail")
  })
})

describe("outbox provider", () => {
  let dir: string
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "outbox-test-"))
  })
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true })
  })

  const read = async () => {
    const files = (await fs.readdir(dir)).filter((f) => f.endsWith(".json")).sort()
    return Promise.all(files.map(async (f) => ({ file: f, record: JSON.parse(await fs.readFile(path.join(dir, f), "utf8")) as OutboxRecord })))
  }

  it("writes the rendered content as a JSON file and never overwrites one", async () => {
    const record: OutboxRecord = {
      id: "noti_1", to: "a@b.c", from: "x@y.z", subject: "S", template: "t", html: "<p>h</p>", text: "h", data: {}, created_at: "2026-11-29T00:15:00.123Z",
    }
    await writeOutboxFile(dir, record)
    await writeOutboxFile(dir, { ...record, id: "noti_2" })
    const written = await read()
    expect(written.map((w) => w.file)).toEqual(["20261129T001500123-t-a_at_b.c-1.json", "20261129T001500123-t-a_at_b.c.json"])
    expect(written.map((w) => w.record.id).sort()).toEqual(["noti_1", "noti_2"])
    expect((await fs.readdir(dir)).filter((f) => f.startsWith(".tmp"))).toEqual([])
  })

  it("sends with the content it is given, and renders known templates given only data", async () => {
    const service = new OutboxNotificationService({ logger: silentLogger }, { dir, from: "Shop <shop@example.org>" })
    const result = await service.send({
      to: "buyer@example.com",
      channel: "email",
      template: "custom",
      content: { subject: "Hello", html: "<p>Hello</p>", text: "Hello" },
      data: { a: 1 },
    })
    await service.send({
      to: "buyer@example.com",
      channel: "email",
      template: "password-reset",
      data: { locale: "en", reset_url: "https://shop.example/us/account/reset-password?token=t&email=x", valid_minutes: 15 },
    })
    const written = await read()
    expect(written).toHaveLength(2)
    const custom = written.find((w) => w.record.template === "custom")!.record
    expect(custom).toEqual({
      id: result.id,
      to: "buyer@example.com",
      from: "Shop <shop@example.org>",
      subject: "Hello",
      template: "custom",
      html: "<p>Hello</p>",
      text: "Hello",
      data: { a: 1 },
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
    const reset = written.find((w) => w.record.template === "password-reset")!
    expect(reset.file).toMatch(/^\d{8}T\d{9}-password-reset-buyer_at_example\.com\.json$/)
    expect(reset.record.subject).toBe("Reset your AFESIP Fair Fashion password")
    expect(reset.record.text).toContain("https://shop.example/us/account/reset-password?token=t&email=x")
  })

  it("warns in production only when no outbox folder was chosen", () => {
    expect(productionWarning({ NODE_ENV: "production" })).toMatch(/NOT delivered/)
    expect(productionWarning({ NODE_ENV: "production", EMAIL_OUTBOX_DIR: "/var/mail" })).toBeUndefined()
    expect(productionWarning({ NODE_ENV: "production" }, { dir: "/var/mail" })).toBeUndefined()
    expect(productionWarning({ NODE_ENV: "development" })).toBeUndefined()
  })
})
