/**
 * The commercial invoice and packing list as PDFs, printed from an issued
 * snapshot (paperwork.ts) with pdfkit. Layout only: every figure comes from
 * the snapshot, so a document reprinted a year later is the same document.
 */
import PDFDocument from "pdfkit"
import type { PaperworkSnapshot } from "./paperwork"

type Doc = PDFKit.PDFDocument
type Column = { title: string; width: number; align?: "left" | "right" }

const MARGIN = 40
const FONT = "Helvetica"
const BOLD = "Helvetica-Bold"
const GREY = "#555555"

const amount = (n: number, currency: string) =>
  `${new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)} ${currency}`
const kg = (n: number) => `${n.toFixed(3)} kg`

/** A voided set is still printable (for the record), stamped on every page. */
export type RenderOptions = { void?: { reason: string | null; at: string | null } | null }

function render(draw: (doc: Doc) => void, title: string, number: string, options: RenderOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `${title} ${number}`, Author: "AFESIP Fair Fashion", Creator: "AFESIP Fair Fashion store" },
  })
  const chunks: Buffer[] = []
  doc.on("data", (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  draw(doc)
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    // The footer sits in the bottom margin: without this pdfkit would start a new page for it.
    doc.page.margins.bottom = 0
    const bottom = doc.page.height - MARGIN + 12
    doc.font(FONT).fontSize(7).fillColor(GREY)
    doc.text(`${title} ${number} · page ${i + 1} of ${range.count}`, MARGIN, bottom, { width: doc.page.width - 2 * MARGIN, align: "right", lineBreak: false })
    if (options.void) {
      const stamp = `VOID${options.void.at ? ` since ${options.void.at}` : ""}${options.void.reason ? ` – ${options.void.reason}` : ""}`
      doc.font(BOLD).fontSize(11).fillColor("#b00020")
      doc.text(stamp, MARGIN, MARGIN - 24, { width: doc.page.width - 2 * MARGIN, align: "center", lineBreak: false })
    }
  }
  doc.end()
  return done
}

const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN

function heading(doc: Doc, title: string, s: PaperworkSnapshot, number: string) {
  doc.font(BOLD).fontSize(18).fillColor("black").text(title, MARGIN, MARGIN)
  doc.font(FONT).fontSize(9)
  const right = `${title === "Commercial Invoice" ? "Invoice" : "Packing list"} no. ${number}\nDate ${s.issued_on}\nOrder #${s.order.display_id} of ${s.order.placed_on}`
  doc.text(right, MARGIN, MARGIN + 2, { width: contentWidth(doc), align: "right" })
  doc.moveDown(0.5)
  doc.y = Math.max(doc.y, MARGIN + 40)
}

function partyBlocks(doc: Doc, s: PaperworkSnapshot) {
  const top = doc.y + 6
  const half = (contentWidth(doc) - 20) / 2
  const exporter = [
    s.exporter.legal_name,
    ...s.exporter.address_lines,
    s.exporter.tax_id ? `Tax ID (TIN): ${s.exporter.tax_id}` : null,
    ...s.exporter.registrations.map((r) => `${r.label}: ${r.value}`),
    s.exporter.phone ? `Tel. ${s.exporter.phone}` : null,
    s.exporter.email,
  ].filter(Boolean) as string[]
  const consignee = [
    s.consignee.company,
    s.consignee.name,
    ...s.consignee.address_lines,
    ...s.consignee.tax_ids.map((t) => `${t.label}: ${t.value}`),
    s.consignee.phone ? `Tel. ${s.consignee.phone}` : null,
    s.consignee.email,
  ].filter(Boolean) as string[]
  doc.font(BOLD).fontSize(8).fillColor(GREY).text("EXPORTER / SHIPPER", MARGIN, top)
  doc.font(BOLD).fontSize(8).text("CONSIGNEE / IMPORTER", MARGIN + half + 20, top)
  doc.font(FONT).fontSize(9).fillColor("black")
  doc.text(exporter.join("\n"), MARGIN, top + 11, { width: half })
  const leftBottom = doc.y
  doc.text(consignee.join("\n"), MARGIN + half + 20, top + 11, { width: half })
  doc.y = Math.max(leftBottom, doc.y) + 8
  doc.x = MARGIN
}

function terms(doc: Doc, s: PaperworkSnapshot) {
  const items: [string, string][] = [
    ["Terms of sale", `${s.terms.incoterm} ${s.terms.place} (Incoterms 2020)`],
    ["Reason for export", s.terms.reason],
    ["Currency", s.currency],
    ["Country of origin", [...new Set(s.lines.map((l) => l.origin))].join(", ")],
  ]
  if (s.terms.po_number) items.push(["Buyer's PO no.", s.terms.po_number])
  items.push(["Packages", `${s.package_totals.count} carton${s.package_totals.count === 1 ? "" : "s"}, gross ${kg(s.package_totals.gross_weight_kg)}, ${s.package_totals.cbm.toFixed(4)} m³`])
  const colWidth = contentWidth(doc) / 3
  let y = doc.y
  // Three to a row; a row is as tall as its tallest value (a long named place wraps).
  for (let start = 0; start < items.length; start += 3) {
    let height = 0
    items.slice(start, start + 3).forEach(([label, value], i) => {
      const x = MARGIN + i * colWidth
      doc.font(BOLD).fontSize(7).fillColor(GREY).text(label.toUpperCase(), x, y, { width: colWidth - 8 })
      doc.font(FONT).fontSize(9).fillColor("black").text(value, x, y + 9, { width: colWidth - 8 })
      height = Math.max(height, doc.y - y)
    })
    y += height + 6
  }
  doc.y = y
  doc.x = MARGIN
}

/** A table row: cells are wrapped in their column; the row is as tall as its tallest cell. */
function row(doc: Doc, columns: Column[], cells: string[], opts: { bold?: boolean; fill?: string } = {}) {
  doc.font(opts.bold ? BOLD : FONT).fontSize(opts.bold ? 7.5 : 8)
  const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i].width - 6 }))
  const height = Math.max(...heights) + 6
  if (doc.y + height > doc.page.height - MARGIN - 20) doc.addPage()
  const top = doc.y
  if (opts.fill) doc.rect(MARGIN, top, contentWidth(doc), height).fill(opts.fill)
  doc.fillColor("black")
  let x = MARGIN
  cells.forEach((cell, i) => {
    doc.font(opts.bold ? BOLD : FONT).fontSize(opts.bold ? 7.5 : 8)
    doc.text(cell, x + 3, top + 3, { width: columns[i].width - 6, align: columns[i].align ?? "left" })
    x += columns[i].width
  })
  doc.moveTo(MARGIN, top + height).lineTo(MARGIN + contentWidth(doc), top + height).lineWidth(0.4).strokeColor("#bbbbbb").stroke()
  doc.y = top + height
  doc.x = MARGIN
}

function scale(doc: Doc, columns: Column[]): Column[] {
  const total = columns.reduce((s, c) => s + c.width, 0)
  return columns.map((c) => ({ ...c, width: (c.width / total) * contentWidth(doc) }))
}

function signature(doc: Doc, s: PaperworkSnapshot, declaration = s.declaration) {
  if (doc.y > doc.page.height - MARGIN - 110) doc.addPage()
  doc.moveDown(1)
  doc.font(FONT).fontSize(8.5).fillColor("black").text(declaration, MARGIN, doc.y, { width: contentWidth(doc) })
  doc.moveDown(2.2)
  const y = doc.y
  doc.moveTo(MARGIN, y).lineTo(MARGIN + 200, y).lineWidth(0.6).strokeColor("black").stroke()
  doc.fontSize(8.5).text(`Signature: ${s.signatory.name}${s.signatory.title ? `, ${s.signatory.title}` : ""}`, MARGIN, y + 4)
  doc.text(`Place and date: ${s.signatory.place}, ${s.signatory.date}`, MARGIN, doc.y + 2)
  doc.text(`For ${s.exporter.legal_name}`, MARGIN, doc.y + 2)
}

export function renderCommercialInvoice(s: PaperworkSnapshot, options: RenderOptions = {}): Promise<Buffer> {
  return render(
    (doc) => {
      heading(doc, "Commercial Invoice", s, s.invoice_number)
      partyBlocks(doc, s)
      terms(doc, s)
      const columns = scale(doc, [
        { title: "#", width: 3 },
        { title: "Description", width: 34 },
        { title: "HS code", width: 13 },
        { title: "Origin", width: 6 },
        { title: "Qty", width: 7, align: "right" },
        { title: "Unit price", width: 11, align: "right" },
        { title: "Value", width: 12, align: "right" },
        { title: "Net weight", width: 10, align: "right" },
      ])
      row(doc, columns, columns.map((c) => c.title), { bold: true, fill: "#eeeeee" })
      for (const line of s.lines) {
        const description = [
          line.description,
          line.composition ? `Composition: ${line.composition}${line.construction && line.construction !== "not_textile" && line.construction !== "other" ? `, ${line.construction}` : ""}` : null,
          line.sku ? `SKU ${line.sku}` : null,
          line.mid ? `MID ${line.mid}` : null,
          line.manufacturer ? `Manufacturer: ${line.manufacturer}` : null,
          line.origin_statement ? "Preferential origin: see statement below" : s.origin_statement ? "Not of preferential origin" : null,
        ].filter(Boolean) as string[]
        const hs = [line.hs_code, line.tariff ? `${line.tariff.label}: ${line.tariff.code}` : null].filter(Boolean).join("\n")
        row(doc, columns, [
          String(line.n),
          description.join("\n"),
          hs,
          line.origin,
          `${line.quantity} ${line.unit}`,
          amount(line.unit_price, s.currency),
          amount(line.value, s.currency),
          kg(line.net_weight_kg),
        ])
      }
      // Totals: goods, discount, freight, insurance and tax each on their own line.
      doc.moveDown(0.5)
      const totals: [string, number][] = [
        ["Goods", s.totals.goods],
        ["Discount", s.totals.discount ? -s.totals.discount : 0],
        ["Freight", s.totals.freight],
        ["Insurance", s.totals.insurance],
        ["Tax collected at sale", s.totals.tax],
      ]
      const labelX = MARGIN + contentWidth(doc) - 260
      for (const [label, value] of totals) {
        doc.font(FONT).fontSize(9).text(label, labelX, doc.y, { width: 140, continued: false })
        doc.moveUp()
        doc.text(amount(value, s.currency), labelX + 140, doc.y, { width: 120, align: "right" })
      }
      doc.font(BOLD).fontSize(10).text(`Invoice total`, labelX, doc.y + 2, { width: 140 })
      doc.moveUp()
      doc.text(amount(s.totals.total, s.currency), labelX + 140, doc.y, { width: 120, align: "right" })
      doc.font(FONT).fontSize(8.5).text(
        `Total net weight ${kg(s.lines.reduce((sum, l) => sum + l.net_weight_kg, 0))} · gross weight ${kg(s.package_totals.gross_weight_kg)} · ${s.package_totals.count} package(s) · packing list ${s.packing_list_number}`,
        MARGIN,
        doc.y + 6,
        { width: contentWidth(doc) }
      )
      if (s.origin_statement || s.origin_note) {
        doc.moveDown(0.8)
        doc.font(BOLD).fontSize(9).text("Statement on origin", MARGIN, doc.y, { width: contentWidth(doc) })
        doc.font(FONT).fontSize(8.5).text(s.origin_statement?.text ?? s.origin_note ?? "", { width: contentWidth(doc) })
      }
      signature(doc, s)
    },
    "Commercial Invoice",
    s.invoice_number,
    options
  )
}

export function renderPackingList(s: PaperworkSnapshot, options: RenderOptions = {}): Promise<Buffer> {
  return render(
    (doc) => {
      heading(doc, "Packing List", s, s.packing_list_number)
      partyBlocks(doc, s)
      doc.font(FONT).fontSize(9).text(
        `Commercial invoice ${s.invoice_number} · ${s.terms.incoterm} ${s.terms.place} · ${s.package_totals.count} carton(s)`,
        MARGIN,
        doc.y,
        { width: contentWidth(doc) }
      )
      doc.moveDown(0.6)
      const columns = scale(doc, [
        { title: "Marks", width: 10 },
        { title: "Contents", width: 38 },
        { title: "Qty", width: 7, align: "right" },
        { title: "L × W × H", width: 14, align: "right" },
        { title: "CBM", width: 9, align: "right" },
        { title: "Net", width: 11, align: "right" },
        { title: "Gross", width: 11, align: "right" },
      ])
      row(doc, columns, columns.map((c) => c.title), { bold: true, fill: "#eeeeee" })
      // One row per item, so each quantity sits beside its item; the carton's mark, size and
      // weights on its first row only.
      for (const p of s.packages) {
        p.contents.forEach((c, i) =>
          row(doc, columns, [
            i === 0 ? p.mark : "",
            `Item ${c.n}: ${c.description}${c.sku ? ` (${c.sku})` : ""}`,
            `${c.quantity} PCS`,
            i === 0 ? `${p.length_cm} × ${p.width_cm} × ${p.height_cm} cm` : "",
            i === 0 ? p.cbm.toFixed(4) : "",
            i === 0 ? kg(p.net_weight_kg) : "",
            i === 0 ? kg(p.gross_weight_kg) : "",
          ])
        )
      }
      const units = s.packages.reduce((sum, p) => sum + p.contents.reduce((n, c) => n + c.quantity, 0), 0)
      row(
        doc,
        columns,
        [
          "Total",
          `${s.package_totals.count} carton(s)`,
          `${units} PCS`,
          "",
          s.package_totals.cbm.toFixed(4),
          kg(s.package_totals.net_weight_kg),
          kg(s.package_totals.gross_weight_kg),
        ],
        { bold: true }
      )
      doc.moveDown(0.6)
      doc.font(FONT).fontSize(8).fillColor(GREY).text(
        `Volumetric weight per carton (L × W × H / 5000): ${s.packages.map((p) => `${p.mark} ${kg(p.volumetric_kg)}`).join(" · ")}`,
        MARGIN,
        doc.y,
        { width: contentWidth(doc) }
      )
      doc.fillColor("black")
      signature(doc, s, s.declaration.replace("this invoice", "this packing list"))
    },
    "Packing List",
    s.packing_list_number,
    options
  )
}
