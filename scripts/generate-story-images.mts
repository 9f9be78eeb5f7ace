// `npm run images` (second half): draws the illustrations used on maker and
// facility pages into backend/static/{makers,facilities}. They show tools and
// work — looms, thread, stitched cloth, folded garments — never a person.
import { mkdirSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import sharp from "sharp"
import { facilityProfiles, makers } from "../backend/src/scripts/seed/makers.ts"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const W = 800
const H = 600
const PALETTES = [
  ["#2E3A6E", "#E0A030", "#EFE6D2"],
  ["#6E3557", "#D9849B", "#F4ECE1"],
  ["#3E8E7E", "#E0A030", "#EEF2EA"],
  ["#B8583A", "#2E3A6E", "#F3E9DC"],
  ["#45454D", "#D9849B", "#EFE6D2"],
]

/** A loom: frame, warp threads and a woven band with an ikat diamond row. */
function loom([main, accent, paper]: string[]) {
  const warp = Array.from({ length: 26 }, (_, i) => `<line x1="${190 + i * 17}" y1="110" x2="${190 + i * 17}" y2="470" stroke="${main}" stroke-width="3" opacity="0.55"/>`).join("")
  const diamonds = Array.from({ length: 7 }, (_, i) => `<path d="M${215 + i * 60} 300 l24 -28 l24 28 l-24 28 z" fill="${accent}"/>`).join("")
  return `<rect width="${W}" height="${H}" fill="${paper}"/>
  <rect x="160" y="90" width="480" height="24" rx="6" fill="#7A5232"/><rect x="160" y="466" width="480" height="24" rx="6" fill="#7A5232"/>
  <rect x="150" y="80" width="22" height="430" rx="6" fill="#5E3E25"/><rect x="628" y="80" width="22" height="430" rx="6" fill="#5E3E25"/>
  ${warp}<rect x="180" y="250" width="440" height="100" fill="${main}" opacity="0.9"/>${diamonds}
  <rect x="180" y="360" width="440" height="16" rx="4" fill="#A77B52"/>`
}

/** Sewing: a cloth panel with a stitched seam, a spool and a needle. */
function sewing([main, accent, paper]: string[]) {
  const stitches = Array.from({ length: 16 }, (_, i) => `<line x1="${200 + i * 24}" y1="330" x2="${214 + i * 24}" y2="330" stroke="${paper}" stroke-width="4" stroke-linecap="round"/>`).join("")
  return `<rect width="${W}" height="${H}" fill="${paper}"/>
  <path d="M170 180 Q400 140 630 190 L620 470 Q400 500 180 460 Z" fill="${main}"/>${stitches}
  <rect x="560" y="90" width="90" height="130" rx="10" fill="${accent}"/><rect x="545" y="80" width="120" height="22" rx="6" fill="#7A5232"/><rect x="545" y="208" width="120" height="22" rx="6" fill="#7A5232"/>
  <path d="M560 150 C 470 200, 420 260, 430 330" fill="none" stroke="${accent}" stroke-width="4"/>
  <line x1="120" y1="520" x2="330" y2="420" stroke="#8C8C94" stroke-width="7" stroke-linecap="round"/>`
}

/** Finishing: a stack of folded garments with a hang-tag, ready to pack. */
function finishing([main, accent, paper]: string[]) {
  const layers = [main, accent, "#C9B79C", main].map((c, i) => `<rect x="${230 - i * 6}" y="${400 - i * 62}" width="${340 + i * 12}" height="56" rx="14" fill="${c}"/>`).join("")
  return `<rect width="${W}" height="${H}" fill="${paper}"/>${layers}
  <rect x="240" y="460" width="320" height="40" rx="8" fill="#A77B52"/>
  <path d="M560 190 l60 -30 l40 40 l-60 60 z" fill="#FFFFFF" stroke="${main}" stroke-width="4"/><circle cx="612" cy="182" r="7" fill="${main}"/>`
}

const DRAW = { "TLC-SLK": loom, "PNH-ATL": sewing, "PNH-EXP": finishing } as const

async function write(folder: string, name: string, svg: string) {
  const dir = path.join(ROOT, "backend", "static", folder)
  mkdirSync(dir, { recursive: true })
  const body = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${svg}</svg>`
  return (await sharp(Buffer.from(body)).webp({ quality: 80 }).toFile(path.join(dir, `${name}.webp`))).size
}

let bytes = 0
for (const [i, maker] of makers.entries()) {
  if (maker.photo_mode === "none") continue
  bytes += await write("makers", maker.handle, DRAW[maker.facility](PALETTES[i % PALETTES.length]))
}
for (const [i, facility] of facilityProfiles.entries()) {
  bytes += await write("facilities", facility.handle, DRAW[facility.code](PALETTES[(i + 2) % PALETTES.length]))
}
console.log(`wrote maker and facility illustrations to backend/static (${(bytes / 1024).toFixed(0)} kB)`)
