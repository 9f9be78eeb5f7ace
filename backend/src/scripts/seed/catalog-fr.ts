import { madeAtByHandle } from "./catalog"
import type { FacilityCode, FibreShare } from "./types"

/**
 * French text for the seed catalog, loaded into Medusa's translation module
 * (locale fr-FR). Fibre names are the French generic names of Regulation
 * (EU) 1007/2011. `describeFr` mirrors the English description in catalog.ts.
 */

type Fr = { title: string; subtitle: string; what: string }

export const productsFr: Record<string, Fr> = {
  "mekong-wrap-dress": { title: "Robe portefeuille Mékong", subtitle: "Robe portefeuille en soie tissée main", what: "Une robe portefeuille mi-longue en soie cambodgienne tissée main, avec une ceinture à nouer et des manches volantes ; elle tombe avec souplesse et suit chaque mouvement." },
  "lotus-shift-dress": { title: "Robe droite Lotus", subtitle: "Robe droite en soie", what: "Une robe droite à hauteur du genou, avec poches latérales et encolure goutte, dans une soie tissée lisse." },
  "tonle-sap-midi-dress": { title: "Robe mi-longue Tonlé Sap", subtitle: "Robe mi-longue soie et coton à jupe plissée", what: "Une robe mi-longue décontractée à jupe légèrement plissée, dans un mélange respirant de soie et de coton — agréable par temps chaud." },
  "kampot-shirt-dress": { title: "Robe chemise Kampot", subtitle: "Robe chemise en coton avec ceinture", what: "Une robe chemise boutonnée sur le devant en coton tissé net, avec ceinture à nouer et manches à retrousser." },
  "angkor-slip-dress": { title: "Robe nuisette Angkor", subtitle: "Nuisette en soie coupée en biais", what: "Une robe nuisette coupée en biais à bretelles réglables ; belle seule quand il fait chaud ou portée sur un t-shirt." },
  "monsoon-tiered-dress": { title: "Robe à volants Mousson", subtitle: "Robe longue à volants en coton", what: "Une robe longue et fluide à volants étagés en coton tissé léger, avec un dos smocké pour une aisance parfaite." },
  "sampot-silk-blouse": { title: "Blouse en soie Sampot", subtitle: "Blouse en soie à col lavallière", what: "Une blouse fluide en soie avec un col lavallière souple et des boutons recouverts, inspirée du drapé du sampot." },
  "riverside-camisole": { title: "Caraco Rivière", subtitle: "Caraco en soie", what: "Un caraco en soie coupé en biais à fines bretelles réglables — une pièce à superposer en toute saison." },
  "phnom-penh-tunic": { title: "Tunique Phnom Penh", subtitle: "Tunique en coton fendue sur les côtés", what: "Une longue tunique en coton à col mao et fentes latérales, confortable sur un pantalon ou un jean." },
  "krama-check-shirt": { title: "Chemise à carreaux krama", subtitle: "Chemise en coton à carreaux krama", what: "Une chemise ample dans le coton à carreaux du krama cambodgien, avec un col cubain." },
  "silk-shell-top": { title: "Top sans manches en soie", subtitle: "Top en soie sans manches", what: "Un top sans manches à encolure bateau en soie tissée main ; il se rentre facilement dans une jupe ou un pantalon." },
  "wrap-kimono-top": { title: "Haut kimono portefeuille", subtitle: "Haut portefeuille en soie", what: "Un haut ample à manches kimono et ceinture à nouer, en soie légère ornée d'un motif hol tissé." },
  "ikat-silk-scarf": { title: "Écharpe en soie ikat", subtitle: "Écharpe en soie ikat tissée main, 180 × 50 cm", what: "Une longue écharpe en soie hol ikat, dont les fils sont teints un à un avant le tissage ; finitions à franges torsadées." },
  "hol-pattern-shawl": { title: "Châle à motif hol", subtitle: "Grand châle en soie, 200 × 70 cm", what: "Un châle généreux au motif hol traditionnel, chaud les soirs frais et assez léger pour le voyage." },
  "krama-silk-scarf": { title: "Écharpe krama en soie", subtitle: "Krama en soie à carreaux, 160 × 45 cm", what: "Le krama cambodgien de tous les jours, tissé en soie : une écharpe à carreaux à porter au cou ou en sarong." },
  "lotus-silk-shawl": { title: "Châle en soie Lotus", subtitle: "Châle en soie fine, 190 × 60 cm", what: "Un châle fin et aérien en soie à armure toile, bordé d'un lotus tissé." },
  "knitted-cotton-scarf": { title: "Écharpe en coton tricoté", subtitle: "Écharpe douce en coton tricoté", what: "Une écharpe douce en coton tricoté en côtes lâches — facile à laver et idéale contre la climatisation en voyage." },
  "mekong-silk-stole": { title: "Étole en soie Mékong", subtitle: "Étole en soie bicolore, 180 × 35 cm", what: "Une étole fine en soie changeante dont la couleur varie avec la lumière — deux fils, deux tons." },
  "silk-market-tote": { title: "Cabas de marché en soie", subtitle: "Cabas en soie doublé avec poche intérieure", what: "Un grand cabas en soie tissée main doublé de coton, avec une poche intérieure zippée et des anses solides." },
  "angkor-clutch": { title: "Pochette Angkor", subtitle: "Pochette en soie zippée", what: "Une pochette du soir en soie à motifs, avec armature rembourrée, fermeture éclair et dragonne." },
  "tloc-chreau-crossbody": { title: "Sac bandoulière Tloc Chreau", subtitle: "Sac bandoulière à sangle réglable", what: "Un sac bandoulière compact en soie doublé de coton, avec rabat aimanté et sangle réglable." },
  "drawstring-bucket-bag": { title: "Sac seau à cordon", subtitle: "Sac seau en coton", what: "Un sac seau solide à cordon en épais coton krama, à fond plat — idéal pour le marché." },
  "silk-cosmetic-pouch": { title: "Trousse en soie", subtitle: "Trousse zippée, 20 × 13 cm", what: "Une trousse zippée doublée, faite de chutes de soie de nos robes — rien du tissage ne se perd." },
  "silk-scrunchie-trio": { title: "Trio de chouchous en soie", subtitle: "Trois chouchous en soie", what: "Trois chouchous généreux en soie tissée — doux pour les cheveux et faits à partir des chutes de nos robes." },
  "silk-eye-mask": { title: "Masque de nuit en soie", subtitle: "Masque de sommeil en soie rembourré", what: "Un masque de sommeil rembourré en soie lisse avec un élastique doux ; livré dans une pochette en coton." },
  "woven-coin-purse": { title: "Porte-monnaie tissé", subtitle: "Petit porte-monnaie en soie", what: "Un petit porte-monnaie à fermoir clic-clac en soie à motifs, pour les pièces, les cartes ou les boucles d'oreilles." },
  "silk-pocket-square": { title: "Pochette de costume en soie", subtitle: "Carré en soie roulotté main, 33 × 33 cm", what: "Une pochette de costume aux bords roulottés à la main en soie à motif hol, jolie aussi nouée au cou." },
}

export const categoriesFr: Record<string, { name: string; description: string }> = {
  dresses: { name: "Robes", description: "Robes en soie et en coton tissés, coupées et cousues dans notre atelier de Phnom Penh." },
  "blouses-tops": { name: "Blouses et hauts", description: "Blouses en soie, caracos et hauts en coton pour tous les jours." },
  "scarves-shawls": { name: "Écharpes et châles", description: "Écharpes et châles en soie tissés main à Tloc Chreau." },
  bags: { name: "Sacs", description: "Cabas, pochettes et sacs bandoulière en soie et en coton." },
  "small-accessories": { name: "Petits accessoires", description: "Trousses, chouchous, masques de nuit et petits cadeaux." },
}

export const collectionsFr: Record<string, { title: string; description: string }> = {
  "mekong-silk": { title: "Soie du Mékong", description: "Nos pièces phares en soie cambodgienne tissée main." },
  "everyday-essentials": { title: "Essentiels du quotidien", description: "Des cotons faciles et des soies lavables que l'on porte chaque jour." },
  "gift-edit": { title: "Idées cadeaux", description: "Petits, légers et prêts à offrir — ils voyagent bien aussi." },
}

/** French generic fibre names (Regulation (EU) 1007/2011, Annex I). */
export const fibreFr: Record<string, string> = { silk: "soie", cotton: "coton" }

export const careFr: Record<string, string> = {
  "Hand wash cold or dry clean": "Lavage à la main à froid ou nettoyage à sec",
  "Do not tumble dry": "Ne pas sécher en tambour",
  "Cool iron on the reverse": "Repassage doux sur l'envers",
  "Machine wash 30 °C, gentle": "Lavage en machine à 30 °C, programme délicat",
  "Line dry in shade": "Séchage sur fil à l'ombre",
  "Warm iron": "Repassage à température moyenne",
  "Dry clean or hand wash cold": "Nettoyage à sec ou lavage à la main à froid",
  "Dry flat": "Séchage à plat",
  "Hand wash cold": "Lavage à la main à froid",
  "Cool iron": "Repassage doux",
  "Line dry": "Séchage sur fil",
  "Machine wash 30 °C, wool cycle": "Lavage en machine à 30 °C, programme laine",
  "Spot clean with a damp cloth": "Détacher localement avec un chiffon humide",
  "Spot clean": "Détacher localement",
}

const MADE_AT_FR: Record<FacilityCode, string> = {
  "PNH-ATL": "notre atelier de Phnom Penh",
  "TLC-SLK": "notre atelier de soie du village de Tloc Chreau, Kampong Cham",
  "PNH-EXP": "notre centre de finition de Phnom Penh",
}

const missing = (what: string): never => {
  throw new Error(`No French text for ${what}`)
}

/** French product description, built like the English one: what, composition, care, where it was made. */
export function describeFr(handle: string, composition: FibreShare[], care: string[]): string {
  const product = productsFr[handle] ?? missing(`product ${handle}`)
  const material = composition.map((f) => `${f.percent} % ${fibreFr[f.fibre] ?? missing(`fibre ${f.fibre}`)}`).join(", ")
  // Lower-case only each instruction's first letter, so "30 °C" keeps its unit.
  const careText = care.map((c) => careFr[c] ?? missing(`care "${c}"`)).map((c) => c[0].toLowerCase() + c.slice(1)).join(" ; ")
  const madeAt = madeAtByHandle[handle] ?? missing(`facility of ${handle}`)
  return `${product.what} Composition : ${material}. Entretien : ${careText}. Fait main au Cambodge dans ${MADE_AT_FR[madeAt]}.`
}
