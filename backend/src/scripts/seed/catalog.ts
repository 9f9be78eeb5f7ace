import type { FacilityCode, FibreShare, SeedCategory, SeedCollection, SeedPrices, SeedProduct, SeedVariant } from "./types"

export const categories: SeedCategory[] = [
  { handle: "dresses", name: "Dresses", description: "Woven silk and cotton dresses, cut and sewn in our Phnom Penh atelier." },
  { handle: "blouses-tops", name: "Blouses & tops", description: "Silk blouses, camisoles and cotton tops for every day." },
  { handle: "scarves-shawls", name: "Scarves & shawls", description: "Hand-woven silk scarves and shawls from Tloc Chreau." },
  { handle: "bags", name: "Bags", description: "Totes, clutches and crossbody bags in silk and cotton." },
  { handle: "small-accessories", name: "Small accessories", description: "Pouches, scrunchies, eye masks and small gifts." },
]

export const collections: SeedCollection[] = [
  { handle: "mekong-silk", title: "Mekong Silk", description: "Our signature pieces in hand-woven Cambodian silk." },
  { handle: "everyday-essentials", title: "Everyday Essentials", description: "Easy cottons and washable silks you will reach for daily." },
  { handle: "gift-edit", title: "The Gift Edit", description: "Small, light and ready to give — they travel well too." },
]

type Colour = { name: string; code: string }
const C = {
  indigo: { name: "Indigo", code: "IND" },
  saffron: { name: "Saffron", code: "SAF" },
  lotus: { name: "Lotus Pink", code: "LOT" },
  jade: { name: "Jade", code: "JAD" },
  ivory: { name: "Ivory", code: "IVO" },
  charcoal: { name: "Charcoal", code: "CHA" },
  terracotta: { name: "Terracotta", code: "TER" },
  plum: { name: "Plum", code: "PLM" },
} satisfies Record<string, Colour>

const SIZES = ["XS", "S", "M", "L", "XL"]
const FACILITY_ORDER: FacilityCode[] = ["PNH-ATL", "TLC-SLK", "PNH-EXP"]

type Template = {
  handle: string
  code: string
  title: string
  subtitle: string
  category: string
  collections: string[]
  tags: string[]
  what: string
  composition: FibreShare[]
  care: string[]
  construction: SeedProduct["construction"]
  hs_code: string
  weight: number
  dims: [number, number, number]
  sizes?: string[]
  colours: Colour[]
  prices: SeedPrices
  /** Which facility makes it (holds most of its stock). */
  madeAt: FacilityCode
  /** Indexes of variants that are sold out everywhere. */
  soldOut?: number[]
}

const SILK_CARE = ["Hand wash cold or dry clean", "Do not tumble dry", "Cool iron on the reverse"]
const COTTON_CARE = ["Machine wash 30 °C, gentle", "Line dry in shade", "Warm iron"]
const silk = (percent = 100): FibreShare[] => (percent === 100 ? [{ fibre: "silk", percent: 100 }] : [{ fibre: "silk", percent }, { fibre: "cotton", percent: 100 - percent }])
const cotton: FibreShare[] = [{ fibre: "cotton", percent: 100 }]
const MADE_AT: Record<FacilityCode, string> = {
  "PNH-ATL": "our Phnom Penh atelier",
  "TLC-SLK": "our silk workshop in Tloc Chreau village, Kampong Cham",
  "PNH-EXP": "our Phnom Penh finishing centre",
}

const templates: Template[] = [
  // Dresses
  { handle: "mekong-wrap-dress", code: "DRS-MEKONG", title: "Mekong Wrap Dress", subtitle: "Hand-woven silk wrap dress", category: "dresses", collections: ["mekong-silk"], tags: ["silk", "hand-woven"], what: "A midi wrap dress in hand-woven Cambodian silk with a tie waist and fluttering sleeves; it drapes softly and moves well.", composition: silk(), care: SILK_CARE, construction: "woven", hs_code: "620449", weight: 290, dims: [30, 24, 4], sizes: SIZES, colours: [C.indigo, C.saffron, C.jade], prices: { usd: 148, eur: 139, gbp: 119, aud: 229 }, madeAt: "PNH-ATL", soldOut: [4] },
  { handle: "lotus-shift-dress", code: "DRS-LOTUS", title: "Lotus Shift Dress", subtitle: "Straight-cut silk shift", category: "dresses", collections: ["mekong-silk"], tags: ["silk"], what: "A clean, knee-length shift dress with side pockets and a keyhole neckline, in smooth woven silk.", composition: silk(), care: SILK_CARE, construction: "woven", hs_code: "620449", weight: 250, dims: [30, 24, 3], sizes: SIZES, colours: [C.lotus, C.ivory], prices: { usd: 132, eur: 124, gbp: 105, aud: 205 }, madeAt: "PNH-ATL", soldOut: [0] },
  { handle: "tonle-sap-midi-dress", code: "DRS-TONLE", title: "Tonle Sap Midi Dress", subtitle: "Silk-cotton midi with pleated skirt", category: "dresses", collections: ["everyday-essentials"], tags: ["silk", "cotton"], what: "A relaxed midi dress with a softly pleated skirt in a breathable silk and cotton blend — easy in heat.", composition: silk(55), care: ["Hand wash cold", "Line dry in shade", "Cool iron"], construction: "woven", hs_code: "620449", weight: 320, dims: [32, 25, 4], sizes: SIZES, colours: [C.terracotta, C.indigo], prices: { usd: 118, eur: 110, gbp: 95, aud: 185 }, madeAt: "PNH-ATL" },
  { handle: "kampot-shirt-dress", code: "DRS-KAMPOT", title: "Kampot Shirt Dress", subtitle: "Cotton shirt dress with belt", category: "dresses", collections: ["everyday-essentials"], tags: ["cotton"], what: "A button-through shirt dress in crisp woven cotton with a self-tie belt and roll-up sleeves.", composition: cotton, care: COTTON_CARE, construction: "woven", hs_code: "620442", weight: 340, dims: [32, 25, 4], sizes: SIZES, colours: [C.ivory, C.charcoal], prices: { usd: 96, eur: 89, gbp: 78, aud: 149 }, madeAt: "PNH-ATL" },
  { handle: "angkor-slip-dress", code: "DRS-ANGKOR", title: "Angkor Slip Dress", subtitle: "Bias-cut silk slip", category: "dresses", collections: ["mekong-silk"], tags: ["silk"], what: "A bias-cut slip dress with adjustable straps; lovely alone in the heat or layered over a tee.", composition: silk(), care: SILK_CARE, construction: "woven", hs_code: "620449", weight: 180, dims: [28, 22, 3], sizes: ["XS", "S", "M", "L"], colours: [C.plum, C.jade], prices: { usd: 124, eur: 116, gbp: 99, aud: 192 }, madeAt: "PNH-ATL" },
  { handle: "monsoon-tiered-dress", code: "DRS-MONSOON", title: "Monsoon Tiered Dress", subtitle: "Tiered cotton maxi", category: "dresses", collections: ["everyday-essentials"], tags: ["cotton"], what: "A floaty tiered maxi dress in light woven cotton with a smocked back for an easy fit.", composition: cotton, care: COTTON_CARE, construction: "woven", hs_code: "620442", weight: 360, dims: [33, 26, 5], sizes: SIZES, colours: [C.saffron, C.lotus], prices: { usd: 104, eur: 97, gbp: 84, aud: 162 }, madeAt: "PNH-EXP" },
  // Blouses & tops
  { handle: "sampot-silk-blouse", code: "TOP-SAMPOT", title: "Sampot Silk Blouse", subtitle: "Silk blouse with tie neck", category: "blouses-tops", collections: ["mekong-silk"], tags: ["silk"], what: "A fluid silk blouse with a soft tie neck and covered buttons, inspired by the drape of the sampot.", composition: silk(), care: SILK_CARE, construction: "woven", hs_code: "620610", weight: 160, dims: [28, 22, 3], sizes: SIZES, colours: [C.ivory, C.indigo, C.plum], prices: { usd: 88, eur: 82, gbp: 70, aud: 136 }, madeAt: "PNH-ATL", soldOut: [2] },
  { handle: "riverside-camisole", code: "TOP-RIVER", title: "Riverside Camisole", subtitle: "Silk camisole", category: "blouses-tops", collections: ["everyday-essentials"], tags: ["silk"], what: "A bias-cut silk camisole with fine adjustable straps — a layering piece for every season.", composition: silk(), care: SILK_CARE, construction: "woven", hs_code: "620610", weight: 90, dims: [24, 18, 2], sizes: ["XS", "S", "M", "L"], colours: [C.ivory, C.charcoal], prices: { usd: 58, eur: 54, gbp: 46, aud: 89 }, madeAt: "PNH-EXP" },
  { handle: "phnom-penh-tunic", code: "TOP-TUNIC", title: "Phnom Penh Tunic", subtitle: "Cotton tunic with side slits", category: "blouses-tops", collections: ["everyday-essentials"], tags: ["cotton"], what: "A long cotton tunic with a mandarin collar and side slits, comfortable over trousers or jeans.", composition: cotton, care: COTTON_CARE, construction: "woven", hs_code: "620630", weight: 210, dims: [28, 22, 3], sizes: SIZES, colours: [C.jade, C.ivory], prices: { usd: 64, eur: 60, gbp: 51, aud: 99 }, madeAt: "PNH-ATL" },
  { handle: "krama-check-shirt", code: "TOP-KRAMA", title: "Krama Check Shirt", subtitle: "Cotton shirt in krama check", category: "blouses-tops", collections: ["everyday-essentials"], tags: ["cotton", "krama"], what: "A relaxed shirt in the chequered cotton of the Cambodian krama, with a camp collar.", composition: cotton, care: COTTON_CARE, construction: "woven", hs_code: "620630", weight: 230, dims: [28, 22, 3], sizes: SIZES, colours: [C.indigo, C.terracotta], prices: { usd: 68, eur: 64, gbp: 54, aud: 105 }, madeAt: "TLC-SLK" },
  { handle: "silk-shell-top", code: "TOP-SHELL", title: "Silk Shell Top", subtitle: "Sleeveless silk shell", category: "blouses-tops", collections: ["mekong-silk"], tags: ["silk"], what: "A sleeveless shell top with a bateau neckline in hand-woven silk; it tucks in neatly.", composition: silk(), care: SILK_CARE, construction: "woven", hs_code: "620610", weight: 110, dims: [24, 18, 2], sizes: SIZES, colours: [C.saffron, C.lotus], prices: { usd: 72, eur: 67, gbp: 58, aud: 112 }, madeAt: "PNH-ATL" },
  { handle: "wrap-kimono-top", code: "TOP-KIMONO", title: "Wrap Kimono Top", subtitle: "Silk wrap top", category: "blouses-tops", collections: ["mekong-silk", "gift-edit"], tags: ["silk", "gift"], what: "A loose wrap top with kimono sleeves and a tie belt, in lightweight silk with a woven hol motif.", composition: silk(), care: SILK_CARE, construction: "woven", hs_code: "620610", weight: 170, dims: [28, 22, 3], sizes: ["S", "M", "L"], colours: [C.jade, C.plum], prices: { usd: 94, eur: 88, gbp: 75, aud: 146 }, madeAt: "TLC-SLK" },
  // Scarves & shawls
  { handle: "ikat-silk-scarf", code: "SCF-IKAT", title: "Ikat Silk Scarf", subtitle: "Hand-woven ikat silk scarf, 180 × 50 cm", category: "scarves-shawls", collections: ["mekong-silk", "gift-edit"], tags: ["silk", "hand-woven", "gift"], what: "A long scarf in hol ikat silk, tie-dyed thread by thread before weaving; finished with twisted fringes.", composition: silk(), care: ["Hand wash cold", "Dry flat", "Cool iron"], construction: "woven", hs_code: "621410", weight: 90, dims: [22, 16, 2], colours: [C.indigo, C.saffron, C.lotus], prices: { usd: 58, eur: 54, gbp: 46, aud: 89 }, madeAt: "TLC-SLK", soldOut: [1] },
  { handle: "hol-pattern-shawl", code: "SCF-HOL", title: "Hol Pattern Shawl", subtitle: "Wide silk shawl, 200 × 70 cm", category: "scarves-shawls", collections: ["mekong-silk"], tags: ["silk", "hand-woven"], what: "A generous shawl with a traditional hol pattern, warm on cool evenings and light enough for travel.", composition: silk(), care: ["Hand wash cold", "Dry flat", "Cool iron"], construction: "woven", hs_code: "621410", weight: 160, dims: [26, 20, 3], colours: [C.plum, C.jade], prices: { usd: 84, eur: 78, gbp: 67, aud: 129 }, madeAt: "TLC-SLK" },
  { handle: "krama-silk-scarf", code: "SCF-KRAMA", title: "Krama Silk Scarf", subtitle: "Checked silk krama, 160 × 45 cm", category: "scarves-shawls", collections: ["gift-edit"], tags: ["silk", "krama", "gift"], what: "The everyday Cambodian krama, woven in silk: a checked scarf to wear at the neck or as a sarong.", composition: silk(), care: ["Hand wash cold", "Dry flat"], construction: "woven", hs_code: "621410", weight: 70, dims: [20, 15, 2], colours: [C.terracotta, C.indigo], prices: { usd: 42, eur: 39, gbp: 34, aud: 65 }, madeAt: "TLC-SLK" },
  { handle: "lotus-silk-shawl", code: "SCF-LOTUS", title: "Lotus Silk Shawl", subtitle: "Fine silk shawl, 190 × 60 cm", category: "scarves-shawls", collections: ["mekong-silk"], tags: ["silk"], what: "A fine, airy shawl in plain-weave silk with a woven lotus border.", composition: silk(), care: ["Dry clean or hand wash cold", "Dry flat"], construction: "woven", hs_code: "621410", weight: 110, dims: [24, 18, 2], colours: [C.lotus, C.ivory], prices: { usd: 76, eur: 71, gbp: 61, aud: 118 }, madeAt: "TLC-SLK" },
  { handle: "knitted-cotton-scarf", code: "SCF-KNIT", title: "Knitted Cotton Scarf", subtitle: "Soft knitted cotton scarf", category: "scarves-shawls", collections: ["everyday-essentials"], tags: ["cotton"], what: "A soft, knitted cotton scarf in a loose rib — easy to wash and good for air-conditioned travel.", composition: cotton, care: ["Machine wash 30 °C, wool cycle", "Dry flat"], construction: "knitted", hs_code: "611710", weight: 120, dims: [22, 16, 3], colours: [C.charcoal, C.saffron], prices: { usd: 38, eur: 35, gbp: 30, aud: 59 }, madeAt: "PNH-EXP" },
  { handle: "mekong-silk-stole", code: "SCF-STOLE", title: "Mekong Silk Stole", subtitle: "Two-tone silk stole, 180 × 35 cm", category: "scarves-shawls", collections: ["gift-edit"], tags: ["silk", "gift"], what: "A slim stole in shot silk whose colour shifts in the light — two threads, two tones.", composition: silk(), care: ["Hand wash cold", "Dry flat"], construction: "woven", hs_code: "621410", weight: 60, dims: [20, 14, 2], colours: [C.jade, C.plum, C.saffron], prices: { usd: 48, eur: 45, gbp: 38, aud: 74 }, madeAt: "TLC-SLK" },
  // Bags
  { handle: "silk-market-tote", code: "BAG-TOTE", title: "Silk Market Tote", subtitle: "Lined silk tote with inner pocket", category: "bags", collections: ["mekong-silk"], tags: ["silk", "bag"], what: "A roomy tote in hand-woven silk with a cotton lining, an inner zip pocket and sturdy shoulder straps.", composition: [{ fibre: "silk", percent: 60 }, { fibre: "cotton", percent: 40 }], care: ["Spot clean with a damp cloth"], construction: "other", hs_code: "420222", weight: 340, dims: [40, 32, 4], colours: [C.indigo, C.terracotta], prices: { usd: 68, eur: 64, gbp: 54, aud: 105 }, madeAt: "PNH-ATL", soldOut: [1] },
  { handle: "angkor-clutch", code: "BAG-CLUTCH", title: "Angkor Clutch", subtitle: "Silk clutch with zip", category: "bags", collections: ["gift-edit"], tags: ["silk", "gift"], what: "An evening clutch in patterned silk with a padded frame, zip closure and wrist strap.", composition: [{ fibre: "silk", percent: 70 }, { fibre: "cotton", percent: 30 }], care: ["Spot clean with a damp cloth"], construction: "other", hs_code: "420222", weight: 150, dims: [28, 16, 3], colours: [C.saffron, C.plum], prices: { usd: 44, eur: 41, gbp: 35, aud: 68 }, madeAt: "PNH-ATL" },
  { handle: "tloc-chreau-crossbody", code: "BAG-CROSS", title: "Tloc Chreau Crossbody", subtitle: "Crossbody bag with adjustable strap", category: "bags", collections: ["everyday-essentials"], tags: ["silk", "bag"], what: "A compact crossbody bag in silk with a cotton lining, magnetic flap and adjustable strap.", composition: [{ fibre: "silk", percent: 65 }, { fibre: "cotton", percent: 35 }], care: ["Spot clean with a damp cloth"], construction: "other", hs_code: "420222", weight: 210, dims: [26, 20, 5], colours: [C.jade, C.charcoal], prices: { usd: 56, eur: 52, gbp: 45, aud: 86 }, madeAt: "TLC-SLK" },
  { handle: "drawstring-bucket-bag", code: "BAG-BUCKET", title: "Drawstring Bucket Bag", subtitle: "Cotton bucket bag", category: "bags", collections: ["everyday-essentials"], tags: ["cotton", "bag"], what: "A sturdy drawstring bucket bag in heavy krama cotton with a flat base — ideal for the market.", composition: cotton, care: ["Hand wash cold", "Line dry"], construction: "other", hs_code: "420292", weight: 230, dims: [30, 24, 5], colours: [C.indigo, C.saffron], prices: { usd: 38, eur: 35, gbp: 30, aud: 59 }, madeAt: "PNH-EXP" },
  // Small accessories
  { handle: "silk-cosmetic-pouch", code: "ACC-POUCH", title: "Silk Cosmetic Pouch", subtitle: "Zip pouch, 20 × 13 cm", category: "small-accessories", collections: ["gift-edit"], tags: ["silk", "gift"], what: "A lined zip pouch in silk offcuts from our dressmaking — nothing of the weave goes to waste.", composition: [{ fibre: "silk", percent: 70 }, { fibre: "cotton", percent: 30 }], care: ["Hand wash cold"], construction: "other", hs_code: "420292", weight: 45, dims: [21, 14, 2], colours: [C.lotus, C.jade, C.indigo], prices: { usd: 22, eur: 20, gbp: 17, aud: 34 }, madeAt: "PNH-EXP", soldOut: [0] },
  { handle: "silk-scrunchie-trio", code: "ACC-SCRUN", title: "Silk Scrunchie Trio", subtitle: "Three silk scrunchies", category: "small-accessories", collections: ["gift-edit"], tags: ["silk", "gift"], what: "Three generous scrunchies in woven silk — kind to hair, and made from the offcuts of our dresses.", composition: silk(), care: ["Hand wash cold", "Dry flat"], construction: "woven", hs_code: "621710", weight: 40, dims: [14, 10, 4], colours: [C.saffron, C.plum], prices: { usd: 18, eur: 17, gbp: 14, aud: 28 }, madeAt: "PNH-EXP" },
  { handle: "silk-eye-mask", code: "ACC-MASK", title: "Silk Eye Mask", subtitle: "Padded silk sleep mask", category: "small-accessories", collections: ["gift-edit"], tags: ["silk", "gift"], what: "A padded sleep mask in smooth silk with a soft elastic strap; comes in a cotton pouch.", composition: [{ fibre: "silk", percent: 80 }, { fibre: "cotton", percent: 20 }], care: ["Hand wash cold", "Dry flat"], construction: "other", hs_code: "630790", weight: 35, dims: [20, 10, 2], colours: [C.ivory, C.indigo], prices: { usd: 24, eur: 22, gbp: 19, aud: 37 }, madeAt: "PNH-ATL" },
  { handle: "woven-coin-purse", code: "ACC-COIN", title: "Woven Coin Purse", subtitle: "Small silk coin purse", category: "small-accessories", collections: ["gift-edit"], tags: ["silk", "gift"], what: "A small kiss-lock coin purse in patterned silk for coins, cards or earrings.", composition: [{ fibre: "silk", percent: 75 }, { fibre: "cotton", percent: 25 }], care: ["Spot clean"], construction: "other", hs_code: "420232", weight: 40, dims: [12, 10, 3], colours: [C.terracotta, C.jade], prices: { usd: 16, eur: 15, gbp: 13, aud: 25 }, madeAt: "TLC-SLK" },
  { handle: "silk-pocket-square", code: "ACC-SQUARE", title: "Silk Pocket Square", subtitle: "Hand-rolled silk square, 33 × 33 cm", category: "small-accessories", collections: ["gift-edit", "mekong-silk"], tags: ["silk", "gift"], what: "A pocket square with hand-rolled edges in hol-patterned silk, also lovely tied at the neck.", composition: silk(), care: ["Hand wash cold", "Cool iron"], construction: "woven", hs_code: "621390", weight: 20, dims: [14, 10, 1], colours: [C.indigo, C.saffron], prices: { usd: 26, eur: 24, gbp: 21, aud: 40 }, madeAt: "TLC-SLK" },
]

const describeComposition = (c: FibreShare[]) => c.map((f) => `${f.percent}% ${f.fibre}`).join(", ")

/** Stock for the n-th variant: mostly at the facility that makes it, some at the export centre. */
function stockFor(t: Template, index: number): Record<FacilityCode, number> {
  const stock: Record<FacilityCode, number> = { "PNH-ATL": 0, "TLC-SLK": 0, "PNH-EXP": 0 }
  if (t.soldOut?.includes(index)) return stock
  stock[t.madeAt] = 4 + ((index * 5 + t.code.length) % 9)
  const other = FACILITY_ORDER.filter((f) => f !== t.madeAt)
  stock[other[index % 2]] = (index * 3 + t.title.length) % 4
  return stock
}

function build(t: Template): SeedProduct {
  const options = [
    ...(t.sizes ? [{ title: "Size", values: t.sizes }] : []),
    { title: "Colour", values: t.colours.map((c) => c.name) },
  ]
  const combos: { Size?: string; colour: Colour }[] = t.sizes
    ? t.sizes.flatMap((size) => t.colours.map((colour) => ({ Size: size, colour })))
    : t.colours.map((colour) => ({ colour }))
  const variants: SeedVariant[] = combos.map((combo, index) => ({
    sku: ["AFF", t.code, combo.Size, combo.colour.code].filter(Boolean).join("-"),
    options: { ...(combo.Size ? { Size: combo.Size } : {}), Colour: combo.colour.name },
    prices: t.prices,
    stock: stockFor(t, index),
  }))
  const material = describeComposition(t.composition)
  return {
    handle: t.handle,
    title: t.title,
    subtitle: t.subtitle,
    description: `${t.what} Composition: ${material}. Care: ${t.care.join("; ").toLowerCase()}. Handmade in Cambodia by ${MADE_AT[t.madeAt]}.`,
    category: t.category,
    collections: t.collections,
    tags: t.tags,
    composition: t.composition,
    care: t.care,
    construction: t.construction,
    hs_code: t.hs_code,
    origin_country: "KH",
    material,
    weight: t.weight,
    length: t.dims[0],
    width: t.dims[1],
    height: t.dims[2],
    options,
    images: [`${t.handle}-1.webp`, `${t.handle}-2.webp`],
    variants,
  }
}

export const products: SeedProduct[] = templates.map(build)

/** Colours by name, for the illustration generator (scripts/generate-product-images.mjs). */
export const illustrationBriefs = templates.map((t) => ({ handle: t.handle, category: t.category, code: t.code, colours: t.colours.map((c) => c.name) }))

/** The facility that makes each product; its team is credited on the product page. */
export const madeAtByHandle: Record<string, FacilityCode> = Object.fromEntries(templates.map((t) => [t.handle, t.madeAt]))
