// `npm run images`: draws the catalog's product illustrations (SVG → WebP with
// sharp) into backend/static/catalog. Deterministic: the same data gives the
// same files, which are committed so the store needs no internet access.
import { mkdirSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import sharp from "sharp"
import { illustrationBriefs } from "../backend/src/scripts/seed/catalog.ts"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const OUT = path.join(ROOT, "backend", "static", "catalog")
const W = 800
const H = 1000

const HEX: Record<string, string> = {
  Indigo: "#2E3A6E", Saffron: "#E0A030", "Lotus Pink": "#D9849B", Jade: "#3E8E7E", Ivory: "#EFE6D2",
  Charcoal: "#45454D", Terracotta: "#B8583A", Plum: "#6E3557",
}

function shade(hex: string, amount: number) {
  const n = parseInt(hex.slice(1), 16)
  const ch = (v: number) => Math.max(0, Math.min(255, Math.round(amount >= 0 ? v + (255 - v) * amount : v * (1 + amount))))
  const r = ch(n >> 16), g = ch((n >> 8) & 255), b = ch(n & 255)
  return `#${((r << 16) | (g << 8) | b).toString(16).padStart(6, "0")}`
}

/** Shared defs: silk sheen gradient, ikat diamond pattern, soft shadow. */
function defs(colour: string, accent: string) {
  return `<defs>
  <linearGradient id="silk" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${shade(colour, 0.28)}"/><stop offset="0.45" stop-color="${colour}"/>
    <stop offset="0.6" stop-color="${shade(colour, 0.18)}"/><stop offset="1" stop-color="${shade(colour, -0.28)}"/>
  </linearGradient>
  <pattern id="ikat" width="44" height="44" patternUnits="userSpaceOnUse" patternTransform="rotate(0)">
    <path d="M22 4 L40 22 L22 40 L4 22 Z" fill="none" stroke="${accent}" stroke-width="3" opacity="0.55"/>
    <path d="M22 15 L29 22 L22 29 L15 22 Z" fill="${accent}" opacity="0.5"/>
  </pattern>
  <pattern id="check" width="36" height="36" patternUnits="userSpaceOnUse">
    <rect width="18" height="36" fill="${accent}" opacity="0.22"/><rect width="36" height="18" fill="${accent}" opacity="0.22"/>
  </pattern>
  <radialGradient id="bg" cx="0.5" cy="0.42" r="0.7"><stop offset="0" stop-color="#FBF6EE"/><stop offset="1" stop-color="#EADFCC"/></radialGradient>
  <filter id="soft" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="14"/></filter>
</defs>`
}

const shadow = (cx: number, cy: number, rx: number) => `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="22" fill="#5A4632" opacity="0.18" filter="url(#soft)"/>`
const fill = (d: string, pattern: "ikat" | "check" | "none") =>
  `<path d="${d}" fill="url(#silk)" stroke="rgba(40,30,20,0.25)" stroke-width="2"/>` +
  (pattern === "none" ? "" : `<path d="${d}" fill="url(#${pattern})"/>`)
const hanger = `<path d="M400 120 q0 -28 22 -28 q22 0 22 20" fill="none" stroke="#8A6E4B" stroke-width="6" stroke-linecap="round"/><path d="M250 190 L400 130 L550 190" fill="none" stroke="#8A6E4B" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>`

type Drawer = (variant: number, pattern: "ikat" | "check" | "none") => string

const dress: Drawer = (v, p) => {
  const hem = [880, 900, 860, 870, 900, 910][v % 6]
  const flare = [230, 190, 250, 200, 170, 270][v % 6]
  const d = `M330 190 Q400 230 470 190 L520 230 Q505 300 490 360 Q470 420 480 460 Q${400 + flare} ${hem - 80} ${400 + flare} ${hem} Q400 ${hem + 30} ${400 - flare} ${hem} Q${400 - flare} ${hem - 80} 320 460 Q330 420 310 360 Q295 300 280 230 Z`
  const sleeves = v % 3 === 0 ? `<path d="M280 230 L200 330 L250 360 L310 280 Z" fill="url(#silk)"/><path d="M520 230 L600 330 L550 360 L490 280 Z" fill="url(#silk)"/>` : ""
  const waist = `<path d="M315 455 Q400 480 485 455" fill="none" stroke="${shade("#000000", 0)}" stroke-opacity="0.25" stroke-width="6"/>`
  return hanger + shadow(400, hem + 40, flare + 40) + sleeves + fill(d, p) + waist
}

const top: Drawer = (v, p) => {
  const long = v % 3 === 2 ? 120 : 0
  const d = `M330 190 Q400 240 470 190 L560 230 L640 420 L580 450 L530 330 L530 ${650 + long} Q400 ${680 + long} 270 ${650 + long} L270 330 L220 450 L160 420 L240 230 Z`
  const cami = `M340 200 L350 260 Q300 300 300 340 L300 ${660 + long} Q400 ${690 + long} 500 ${660 + long} L500 340 Q500 300 450 260 L460 200`
  const body = v % 3 === 1 ? fill(`${cami} Z`, p) + `<path d="M340 200 L345 140 M460 200 L455 140" stroke="#8A6E4B" stroke-width="4"/>` : fill(d, p)
  const buttons = v % 2 === 0 ? [0, 1, 2, 3].map((i) => `<circle cx="400" cy="${300 + i * 80}" r="7" fill="#F7F0E2" opacity="0.9"/>`).join("") : ""
  return (v % 3 === 1 ? "" : hanger) + shadow(400, 740 + long, 220) + body + buttons
}

const scarf: Drawer = (v, p) => {
  const d = `M300 140 Q400 110 500 140 Q470 400 520 600 Q560 780 500 860 L430 860 Q470 700 420 560 Q380 450 400 300 Q360 450 330 600 Q300 740 360 860 L290 860 Q240 760 280 600 Q320 420 300 140 Z`
  const fringe = Array.from({ length: 12 }, (_, i) => {
    const x = (i < 6 ? 292 : 432) + (i % 6) * 12
    return `<line x1="${x}" y1="860" x2="${x + 2}" y2="${900 + (i % 3) * 6}" stroke="url(#silk)" stroke-width="5" stroke-linecap="round"/>`
  }).join("")
  const bar = `<rect x="250" y="118" width="300" height="18" rx="9" fill="#8A6E4B"/>`
  return shadow(400, 920, 180) + bar + fill(d, p) + fringe + (v % 2 ? `<path d="M300 140 Q400 110 500 140" fill="none" stroke="#F7F0E2" stroke-width="6" opacity="0.6"/>` : "")
}

const bag: Drawer = (v, p) => {
  const shapes = [
    `M220 400 L580 400 L620 820 L180 820 Z`,
    `M200 480 L600 480 Q620 480 620 500 L620 700 Q620 720 600 720 L200 720 Q180 720 180 700 L180 500 Q180 480 200 480 Z`,
    `M250 450 L550 450 Q580 450 580 480 L580 740 Q580 770 550 770 L250 770 Q220 770 220 740 L220 480 Q220 450 250 450 Z`,
    `M250 380 Q400 350 550 380 L590 780 Q400 850 210 780 Z`,
  ]
  const straps = [
    `<path d="M290 400 Q290 230 400 230 Q510 230 510 400" fill="none" stroke="${"#5A3E2B"}" stroke-width="16" stroke-linecap="round"/>`,
    `<path d="M600 560 Q680 600 640 660" fill="none" stroke="#5A3E2B" stroke-width="8"/>`,
    `<path d="M240 460 Q400 120 560 460" fill="none" stroke="#5A3E2B" stroke-width="10"/>`,
    `<path d="M280 390 Q400 330 520 390" fill="none" stroke="#F7F0E2" stroke-width="8"/><circle cx="280" cy="390" r="10" fill="#5A3E2B"/><circle cx="520" cy="390" r="10" fill="#5A3E2B"/>`,
  ]
  const i = v % 4
  const flap = i === 2 ? `<path d="M220 480 Q400 620 580 480 L580 470 L220 470 Z" fill="url(#silk)" stroke="rgba(40,30,20,0.3)" stroke-width="2"/><circle cx="400" cy="580" r="10" fill="#C9A45C"/>` : ""
  return shadow(400, 850, 240) + straps[i] + fill(shapes[i], p) + flap
}

const accessory: Drawer = (v, p) => {
  switch (v % 5) {
    case 0: // pouch
      return shadow(400, 720, 230) + fill(`M200 420 L600 420 Q630 420 630 450 L630 660 Q630 690 600 690 L200 690 Q170 690 170 660 L170 450 Q170 420 200 420 Z`, p) +
        `<rect x="180" y="412" width="440" height="16" rx="8" fill="#C9A45C"/><circle cx="610" cy="420" r="14" fill="#C9A45C"/>`
    case 1: // scrunchies
      return [[300, 440], [500, 470], [400, 640]].map(([x, y]) =>
        `<circle cx="${x}" cy="${y}" r="105" fill="none" stroke="url(#silk)" stroke-width="70"/><circle cx="${x}" cy="${y}" r="105" fill="none" stroke="rgba(40,30,20,0.18)" stroke-width="70" stroke-dasharray="10 26"/>`
      ).join("") + shadow(400, 790, 260)
    case 2: // eye mask
      return shadow(400, 660, 250) + fill(`M170 480 Q200 380 330 400 Q400 420 470 400 Q600 380 630 480 Q650 600 520 600 Q430 600 400 540 Q370 600 280 600 Q150 600 170 480 Z`, p) +
        `<path d="M170 490 Q60 470 90 420 M630 490 Q740 470 710 420" stroke="#5A3E2B" stroke-width="10" fill="none"/>`
    case 3: // coin purse
      return shadow(400, 720, 190) + fill(`M250 460 L550 460 Q600 560 560 660 Q400 720 240 660 Q200 560 250 460 Z`, p) +
        `<path d="M250 460 Q400 430 550 460" fill="none" stroke="#C9A45C" stroke-width="14"/><circle cx="385" cy="440" r="14" fill="#C9A45C"/><circle cx="415" cy="440" r="14" fill="#C9A45C"/>`
    default: // pocket square
      return shadow(400, 760, 240) + fill(`M200 300 L600 300 L600 700 L200 700 Z`, p) + `<path d="M200 300 L600 700" stroke="#F7F0E2" stroke-width="4" opacity="0.5"/><rect x="212" y="312" width="376" height="376" fill="none" stroke="#F7F0E2" stroke-width="3" stroke-dasharray="6 8" opacity="0.7"/>`
  }
}

const DRAWERS: Record<string, Drawer> = {
  dresses: dress,
  "blouses-tops": top,
  "scarves-shawls": scarf,
  bags: bag,
  "small-accessories": accessory,
}

function svg(category: string, variantIndex: number, colourName: string, accentName: string, detail: boolean) {
  const colour = HEX[colourName]
  const accent = colourName === "Ivory" ? HEX[accentName] : shade(colour, colourName === "Charcoal" ? 0.45 : 0.55)
  const pattern = (variantIndex + (detail ? 1 : 0)) % 3 === 0 ? "ikat" : (variantIndex % 3 === 1 ? "none" : "check")
  const body = DRAWERS[category](variantIndex, pattern)
  const view = detail ? `<g transform="translate(-400 -430) scale(2)">${body}</g>` : body
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${defs(colour, accent)}
<rect width="${W}" height="${H}" fill="url(#bg)"/>
<circle cx="640" cy="170" r="90" fill="#E7C27A" opacity="0.3"/>
${view}
</svg>`
}

mkdirSync(OUT, { recursive: true })
const perCategory = new Map<string, number>()
let bytes = 0
for (const brief of illustrationBriefs) {
  const index = perCategory.get(brief.category) ?? 0
  perCategory.set(brief.category, index + 1)
  const [first, second = first] = brief.colours
  const images = [
    svg(brief.category, index, first, second, false),
    brief.colours.length > 1 ? svg(brief.category, index, second, first, false) : svg(brief.category, index, first, second, true),
  ]
  for (const [n, image] of images.entries()) {
    const file = path.join(OUT, `${brief.handle}-${n + 1}.webp`)
    const info = await sharp(Buffer.from(image)).webp({ quality: 80 }).toFile(file)
    bytes += info.size
  }
}
console.log(`wrote ${illustrationBriefs.length * 2} illustrations to backend/static/catalog (${(bytes / 1024).toFixed(0)} kB)`)
