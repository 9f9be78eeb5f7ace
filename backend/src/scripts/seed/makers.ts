import type { FacilityCode } from "./types"

/**
 * Makers, teams, facility stories and impact figures for the demo catalog.
 * The makers are fictional composites written for this store: names are
 * pseudonyms, and the "private identities" below are invented so that the
 * tests can prove they never reach a public page. Replace all of it with
 * real, consented records before launch.
 */

type L = { en: string; fr: string }

export type SeedFacilityProfile = {
  code: FacilityCode
  handle: string
  region_label: string
  story: L
  makes: L
  customs_legal_name: string
}

export const facilityProfiles: SeedFacilityProfile[] = [
  {
    code: "TLC-SLK",
    handle: "tloc-chreau-silk-workshop",
    region_label: "Kampong Cham province, Cambodia",
    story: {
      en: "In a village on the Mekong, women weave silk on wooden looms in a shaded workshop. Thread is dyed and tied by hand for the hol ikat patterns before it ever reaches the loom, and senior weavers train new ones on the job.",
      fr: "Dans un village au bord du Mékong, des femmes tissent la soie sur des métiers en bois, dans un atelier ombragé. Le fil est teint et noué à la main pour les motifs hol ikat avant d'arriver sur le métier, et les tisserandes expérimentées forment les nouvelles sur place.",
    },
    makes: {
      en: "Hand-woven silk scarves, shawls and stoles; woven silk for the atelier's garments.",
      fr: "Écharpes, châles et étoles en soie tissés à la main ; soie tissée pour les vêtements de l'atelier.",
    },
    customs_legal_name: "AFESIP Fair Fashion — Tloc Chreau Silk Workshop",
  },
  {
    code: "PNH-ATL",
    handle: "phnom-penh-atelier",
    region_label: "Phnom Penh, Cambodia",
    story: {
      en: "The atelier is where silk becomes clothing: patterns are cut, seams are sewn and finished on industrial machines, and every trainee learns a full garment before specialising. Training runs alongside paid work, never instead of it.",
      fr: "C'est à l'atelier que la soie devient vêtement : on y coupe les patrons, on y coud et finit les coutures sur des machines industrielles, et chaque apprentie apprend un vêtement entier avant de se spécialiser. La formation se fait en parallèle du travail rémunéré, jamais à sa place.",
    },
    makes: {
      en: "Dresses, blouses and tops, bags and lined accessories.",
      fr: "Robes, blouses et hauts, sacs et accessoires doublés.",
    },
    customs_legal_name: "AFESIP Fair Fashion — Phnom Penh Atelier",
  },
  {
    code: "PNH-EXP",
    handle: "phnom-penh-finishing-export-centre",
    region_label: "Phnom Penh, Cambodia",
    story: {
      en: "Every piece is checked, pressed, labelled and packed here before it leaves Cambodia. The team also sews the cotton pieces and small accessories, using offcuts from the atelier so that no silk goes to waste.",
      fr: "Chaque pièce est contrôlée, repassée, étiquetée et emballée ici avant de quitter le Cambodge. L'équipe coud aussi les pièces en coton et les petits accessoires, à partir des chutes de l'atelier, pour qu'aucune soie ne soit perdue.",
    },
    makes: {
      en: "Quality control, pressing and packing for export; cotton garments and small accessories.",
      fr: "Contrôle qualité, repassage et emballage pour l'export ; vêtements en coton et petits accessoires.",
    },
    customs_legal_name: "AFESIP Fair Fashion — Finishing & Export Centre",
  },
]

export type SeedTeam = { code: string; handle: string; facility: FacilityCode; name: L; description: L }

export const teams: SeedTeam[] = [
  {
    code: "AFF-T01",
    handle: "tloc-chreau-silk-weavers",
    facility: "TLC-SLK",
    name: { en: "The silk weavers of Tloc Chreau", fr: "Les tisserandes de soie de Tloc Chreau" },
    description: {
      en: "Fourteen weavers and dyers who prepare, tie-dye and weave the silk for every scarf and shawl.",
      fr: "Quatorze tisserandes et teinturières qui préparent, teignent et tissent la soie de chaque écharpe et de chaque châle.",
    },
  },
  {
    code: "AFF-T02",
    handle: "phnom-penh-atelier-team",
    facility: "PNH-ATL",
    name: { en: "The Phnom Penh atelier team", fr: "L'équipe de l'atelier de Phnom Penh" },
    description: {
      en: "Cutters, seamstresses and trainees who turn woven silk into dresses, blouses and bags.",
      fr: "Coupeuses, couturières et apprenties qui transforment la soie tissée en robes, blouses et sacs.",
    },
  },
  {
    code: "AFF-T03",
    handle: "finishing-and-export-team",
    facility: "PNH-EXP",
    name: { en: "The finishing and export team", fr: "L'équipe finition et export" },
    description: {
      en: "The team that checks, presses and packs every order, and sews our cotton pieces and small accessories.",
      fr: "L'équipe qui contrôle, repasse et emballe chaque commande, et coud nos pièces en coton et nos petits accessoires.",
    },
  },
]

export type SeedConsent = {
  scopes: string[]
  /** Days relative to the seed run (negative = in the past). */
  signed_days: number
  expires_days: number
  /** Revoked through the revoke workflow when the seed runs. */
  revocation_reason?: string
  reviewed_days?: number
  risk_assessment_ref?: string
}

export type SeedMaker = {
  code: string
  handle: string
  display_name: string
  name_display: "pseudonym" | "first_name"
  facility: FacilityCode
  team: string
  role: L
  skills: L[]
  start_year: number
  story: L
  photo_mode: "none" | "illustration" | "hands_at_work" | "non_identifying" | "identifiable"
  /** Published through the publish workflow after consent is recorded (or, for a lapsed consent, as it was before it lapsed). */
  published: boolean
  consents: SeedConsent[]
  /** Product handles credited to her (shown only with product-link consent). */
  products: string[]
  identity: { legal_name: string; village: string; contact: string; notes: string }
}

const FULL = ["name", "story", "product_link", "photo"]
const Y3 = 3 * 365 - 2

const skill = {
  weaving: { en: "Silk weaving", fr: "Tissage de la soie" },
  ikat: { en: "Hol ikat tie-dyeing", fr: "Teinture hol ikat" },
  dyeing: { en: "Natural dyeing", fr: "Teinture naturelle" },
  cutting: { en: "Pattern cutting", fr: "Coupe de patrons" },
  sewing: { en: "Garment sewing", fr: "Couture de vêtements" },
  finishing: { en: "Hand finishing", fr: "Finitions à la main" },
  qc: { en: "Quality control", fr: "Contrôle qualité" },
  training: { en: "Training new makers", fr: "Formation des nouvelles" },
  bags: { en: "Bag making", fr: "Confection de sacs" },
}

export const makers: SeedMaker[] = [
  {
    code: "AFF-M01", handle: "sophea", display_name: "Sophea", name_display: "pseudonym", facility: "TLC-SLK", team: "AFF-T01",
    role: { en: "Master weaver", fr: "Maître tisserande" }, skills: [skill.weaving, skill.ikat, skill.training], start_year: 2011,
    story: {
      en: "Sophea sets up the looms for the hol ikat scarves. She counts the threads of a new pattern before dyeing begins, and she says the best moment is when the design appears after days of weaving. She now teaches two apprentices.",
      fr: "Sophea prépare les métiers pour les écharpes hol ikat. Elle compte les fils d'un nouveau motif avant la teinture, et dit que le plus beau moment est celui où le dessin apparaît après des jours de tissage. Elle forme aujourd'hui deux apprenties.",
    },
    photo_mode: "hands_at_work", published: true, products: ["ikat-silk-scarf", "hol-pattern-shawl"],
    consents: [{ scopes: FULL, signed_days: -200, expires_days: -200 + Y3, reviewed_days: -190 }],
    identity: { legal_name: "Keo Sreyneang", village: "Phum Prek Sandek", contact: "+855 12 000 101", notes: "Prefers to be contacted through the workshop lead." },
  },
  {
    code: "AFF-M02", handle: "dara", display_name: "Dara", name_display: "pseudonym", facility: "TLC-SLK", team: "AFF-T01",
    role: { en: "Dyer", fr: "Teinturière" }, skills: [skill.dyeing, skill.ikat], start_year: 2016,
    story: {
      en: "Dara mixes the dye baths and ties the resist knots that make the ikat pattern. She keeps a notebook of every colour recipe and is proudest of the saffron, which took her a season to get right.",
      fr: "Dara prépare les bains de teinture et noue les réserves qui dessinent le motif ikat. Elle tient un carnet de toutes ses recettes de couleurs et elle est surtout fière du safran, qu'elle a mis une saison à réussir.",
    },
    photo_mode: "illustration", published: true, products: ["mekong-silk-stole"],
    consents: [{ scopes: ["name", "story", "product_link"], signed_days: -420, expires_days: -420 + Y3, reviewed_days: -410 }],
    identity: { legal_name: "Chea Sokunthea", village: "Phum Kbal Koh", contact: "+855 12 000 102", notes: "" },
  },
  {
    code: "AFF-M03", handle: "chanthy", display_name: "Chanthy", name_display: "first_name", facility: "TLC-SLK", team: "AFF-T01",
    role: { en: "Weaver", fr: "Tisserande" }, skills: [skill.weaving], start_year: 2019,
    story: {
      en: "Chanthy weaves the krama-check silk. She joined the workshop to learn a trade close to home and now runs her own loom full time.",
      fr: "Chanthy tisse la soie à carreaux krama. Elle a rejoint l'atelier pour apprendre un métier près de chez elle et travaille aujourd'hui à plein temps sur son propre métier.",
    },
    photo_mode: "illustration", published: true, products: ["krama-silk-scarf"],
    consents: [{ scopes: ["name", "story", "product_link"], signed_days: -90, expires_days: -90 + Y3, reviewed_days: -85 }],
    identity: { legal_name: "Sam Chanthy Rachana", village: "Phum Chroy Thma", contact: "+855 12 000 103", notes: "" },
  },
  {
    code: "AFF-M04", handle: "sreymom", display_name: "Sreymom", name_display: "pseudonym", facility: "PNH-ATL", team: "AFF-T02",
    role: { en: "Head of cutting", fr: "Responsable de la coupe" }, skills: [skill.cutting, skill.training], start_year: 2009,
    story: {
      en: "Sreymom lays out every roll of silk and cuts the panels for our dresses so that the pattern runs true across the seams. She has trained most of the cutters in the atelier.",
      fr: "Sreymom déroule chaque rouleau de soie et coupe les pièces de nos robes pour que le motif tombe juste d'une couture à l'autre. Elle a formé la plupart des coupeuses de l'atelier.",
    },
    photo_mode: "hands_at_work", published: true, products: ["mekong-wrap-dress", "lotus-shift-dress"],
    consents: [{ scopes: FULL, signed_days: -700, expires_days: -700 + Y3, reviewed_days: -690 }],
    identity: { legal_name: "Ouk Sreymom Dalin", village: "Phum Ta Khmau", contact: "+855 12 000 104", notes: "" },
  },
  {
    code: "AFF-M05", handle: "bopha", display_name: "Bopha", name_display: "pseudonym", facility: "PNH-ATL", team: "AFF-T02",
    role: { en: "Seamstress", fr: "Couturière" }, skills: [skill.sewing, skill.finishing], start_year: 2014,
    story: {
      en: "Bopha sews the silk blouses, from the first seam to the covered buttons. She likes work that asks for patience, and her French seams are the ones trainees study.",
      fr: "Bopha coud les blouses en soie, de la première couture aux boutons recouverts. Elle aime le travail qui demande de la patience, et ses coutures anglaises servent de modèle aux apprenties.",
    },
    photo_mode: "illustration", published: true, products: ["sampot-silk-blouse", "silk-shell-top"],
    consents: [{ scopes: ["name", "story", "product_link"], signed_days: -300, expires_days: -300 + Y3, reviewed_days: -295 }],
    identity: { legal_name: "Mao Bopha Srey", village: "Phum Svay Pak", contact: "+855 12 000 105", notes: "" },
  },
  {
    code: "AFF-M06", handle: "kanha", display_name: "Kanha", name_display: "pseudonym", facility: "PNH-ATL", team: "AFF-T02",
    role: { en: "Bag maker", fr: "Maroquinière textile" }, skills: [skill.bags, skill.sewing], start_year: 2018,
    story: {
      en: "Kanha builds our bags: she lines, pads and stitches each tote and clutch, and she designed the inner pocket of the market tote after listening to customers.",
      fr: "Kanha fabrique nos sacs : elle double, rembourre et pique chaque cabas et chaque pochette, et elle a dessiné la poche intérieure du cabas après avoir écouté les clientes.",
    },
    photo_mode: "illustration", published: true, products: ["silk-market-tote", "angkor-clutch"],
    consents: [{ scopes: ["name", "story", "product_link"], signed_days: -150, expires_days: -150 + Y3, reviewed_days: -140 }],
    identity: { legal_name: "Heng Kanha Vireak", village: "Phum Russey Keo", contact: "+855 12 000 106", notes: "" },
  },
  {
    code: "AFF-M07", handle: "leakena", display_name: "Leakena", name_display: "pseudonym", facility: "PNH-EXP", team: "AFF-T03",
    role: { en: "Quality lead", fr: "Responsable qualité" }, skills: [skill.qc, skill.finishing], start_year: 2012,
    story: {
      en: "Leakena checks every finished piece before it is packed: seams, buttons, labels and measurements. If something is not right, it goes back with a note, never with blame.",
      fr: "Leakena contrôle chaque pièce finie avant l'emballage : coutures, boutons, étiquettes et mesures. Si quelque chose ne va pas, la pièce repart avec une note, jamais avec un reproche.",
    },
    photo_mode: "illustration", published: true, products: [],
    consents: [{ scopes: ["name", "story"], signed_days: -60, expires_days: -60 + Y3, reviewed_days: -55 }],
    identity: { legal_name: "Lim Leakena Pich", village: "Phum Chbar Ampov", contact: "+855 12 000 107", notes: "" },
  },
  {
    // Name-only consent: her name appears, her story and product credits do not.
    code: "AFF-M08", handle: "malis", display_name: "Malis", name_display: "first_name", facility: "PNH-EXP", team: "AFF-T03",
    role: { en: "Finisher", fr: "Finisseuse" }, skills: [skill.finishing], start_year: 2021,
    story: { en: "", fr: "" },
    photo_mode: "none", published: true, products: ["silk-scrunchie-trio"],
    consents: [{ scopes: ["name"], signed_days: -30, expires_days: -30 + 365 }],
    identity: { legal_name: "Nhem Malis Sothea", village: "Phum Kandal Steung", contact: "+855 12 000 108", notes: "" },
  },
  {
    // Consent lapsed while she was published: the expiry job unpublishes her.
    code: "AFF-M09", handle: "rachana", display_name: "Rachana", name_display: "pseudonym", facility: "TLC-SLK", team: "AFF-T01",
    role: { en: "Weaver", fr: "Tisserande" }, skills: [skill.weaving], start_year: 2015,
    story: {
      en: "Rachana weaves the plain silk for the lotus shawls.",
      fr: "Rachana tisse la soie unie des châles lotus.",
    },
    photo_mode: "illustration", published: true, products: ["lotus-silk-shawl"],
    consents: [{ scopes: ["name", "story", "product_link"], signed_days: -3 * 365 - 20, expires_days: -20, reviewed_days: -3 * 365 - 10 }],
    identity: { legal_name: "Sok Rachana Mealea", village: "Phum Prek Pou", contact: "+855 12 000 109", notes: "Consent renewal conversation pending." },
  },
  {
    // She withdrew her consent: nothing about her may be public.
    code: "AFF-M10", handle: "sokha", display_name: "Sokha", name_display: "pseudonym", facility: "PNH-ATL", team: "AFF-T02",
    role: { en: "Seamstress", fr: "Couturière" }, skills: [skill.sewing], start_year: 2017,
    story: {
      en: "Sokha sews the shirt dresses.",
      fr: "Sokha coud les robes chemises.",
    },
    photo_mode: "illustration", published: false, products: ["kampot-shirt-dress"],
    consents: [{ scopes: ["name", "story", "product_link"], signed_days: -400, expires_days: -400 + Y3, revocation_reason: "She asked for her profile to be removed.", reviewed_days: -390 }],
    identity: { legal_name: "Ros Sokha Chenda", village: "Phum Boeng Kak", contact: "+855 12 000 110", notes: "Withdrew consent; do not contact about media." },
  },
  {
    // New maker: consent conversation not yet held.
    code: "AFF-M11", handle: "thida", display_name: "Thida", name_display: "pseudonym", facility: "PNH-EXP", team: "AFF-T03",
    role: { en: "Trainee seamstress", fr: "Apprentie couturière" }, skills: [skill.sewing], start_year: 2026,
    story: { en: "", fr: "" },
    photo_mode: "none", published: false, products: [],
    consents: [],
    identity: { legal_name: "Prak Thida Sreyleak", village: "Phum Tuol Sangke", contact: "+855 12 000 111", notes: "Started training this year." },
  },
  {
    // Identifiable photo asked for, but no risk assessment recorded: publishing is refused.
    code: "AFF-M12", handle: "vanna", display_name: "Vanna", name_display: "pseudonym", facility: "TLC-SLK", team: "AFF-T01",
    role: { en: "Weaver", fr: "Tisserande" }, skills: [skill.weaving, skill.dyeing], start_year: 2013,
    story: {
      en: "Vanna weaves the two-tone silk for our stoles.",
      fr: "Vanna tisse la soie bicolore de nos étoles.",
    },
    photo_mode: "identifiable", published: false, products: [],
    consents: [{ scopes: ["name", "story", "photo"], signed_days: -20, expires_days: -20 + Y3, reviewed_days: -15 }],
    identity: { legal_name: "Touch Vanna Sreypov", village: "Phum Roka Po Pram", contact: "+855 12 000 112", notes: "Risk assessment scheduled." },
  },
]

export type SeedImpact = {
  facility: FacilityCode
  period_start: string
  period_end: string
  makers_employed: number
  pieces_made: number
  training_hours: number
  average_monthly_wage_usd: number
  benchmark_monthly_wage_usd: number
}

/** Garment-sector minimum wage in Cambodia by year, USD per month (the local benchmark). */
const MINIMUM_WAGE: Record<string, number> = { "2024": 204, "2025": 208, "2026": 210 }
const PERIODS = [
  ["2024-01-01", "2024-06-30"],
  ["2024-07-01", "2024-12-31"],
  ["2025-01-01", "2025-06-30"],
  ["2025-07-01", "2025-12-31"],
  ["2026-01-01", "2026-06-30"],
] as const
const FACILITY_FIGURES: Record<FacilityCode, { makers: number[]; pieces: number[]; training: number[]; wage: number[] }> = {
  "TLC-SLK": { makers: [14, 15, 15, 16, 18], pieces: [1180, 1320, 1290, 1460, 1610], training: [420, 380, 460, 400, 520], wage: [262, 265, 272, 275, 284] },
  "PNH-ATL": { makers: [22, 23, 24, 24, 26], pieces: [2050, 2240, 2310, 2480, 2620], training: [640, 600, 700, 660, 760], wage: [276, 280, 286, 290, 298] },
  "PNH-EXP": { makers: [8, 8, 9, 10, 10], pieces: [3400, 3720, 3810, 4150, 4390], training: [180, 160, 220, 240, 260], wage: [258, 262, 268, 271, 279] },
}

export const impactFigures: SeedImpact[] = (Object.keys(FACILITY_FIGURES) as FacilityCode[]).flatMap((facility) =>
  PERIODS.map(([start, end], i) => ({
    facility,
    period_start: start,
    period_end: end,
    makers_employed: FACILITY_FIGURES[facility].makers[i],
    pieces_made: FACILITY_FIGURES[facility].pieces[i],
    training_hours: FACILITY_FIGURES[facility].training[i],
    average_monthly_wage_usd: FACILITY_FIGURES[facility].wage[i],
    benchmark_monthly_wage_usd: MINIMUM_WAGE[start.slice(0, 4)],
  }))
)
export const IMPACT_SOURCE = "AFESIP Fair Fashion payroll and production records (sample figures for the demo catalog)"
export const benchmarkLabel = (year: string) => `Cambodian garment-sector minimum wage, ${year}`

/** Where the money goes for a few pieces, in USD per piece. */
export const costBreakdowns: Record<string, { materials: number; maker_wages: number; training_programme: number; overhead: number; duties_estimate: number; transport_estimate: number }> = {
  "ikat-silk-scarf": { materials: 9.5, maker_wages: 14.2, training_programme: 3.1, overhead: 6.4, duties_estimate: 2.6, transport_estimate: 3.8 },
  "mekong-wrap-dress": { materials: 26.0, maker_wages: 31.5, training_programme: 6.2, overhead: 14.8, duties_estimate: 7.9, transport_estimate: 6.1 },
  "silk-market-tote": { materials: 11.4, maker_wages: 13.6, training_programme: 2.7, overhead: 6.9, duties_estimate: 4.3, transport_estimate: 4.9 },
  "sampot-silk-blouse": { materials: 15.2, maker_wages: 19.8, training_programme: 4.1, overhead: 9.6, duties_estimate: 4.8, transport_estimate: 3.4 },
}
