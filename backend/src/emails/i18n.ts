/**
 * Languages of the transactional emails. English is the default; French is
 * used when the order or the customer says so (see pickLocale).
 */
export type EmailLocale = "en" | "fr"

/**
 * The first candidate that is a non-empty string decides: a tag starting with
 * "fr" (fr, fr-FR, fr-BE…) gives French, anything else English. Candidates are
 * given most specific first, e.g. the order's locale, then its metadata, then
 * the customer's metadata.
 */
export function pickLocale(...candidates: unknown[]): EmailLocale {
  for (const candidate of candidates) {
    if (typeof candidate === "string" && candidate.trim()) {
      return /^fr(?:[-_]|$)/i.test(candidate.trim()) ? "fr" : "en"
    }
  }
  return "en"
}

/** BCP 47 tag used for number and date formatting. */
export function intlLocale(locale: EmailLocale): string {
  return locale === "fr" ? "fr-FR" : "en-US"
}

type Strings = {
  /** Label separator: ": " in English, " : " in French typography. */
  colon: string
  footerLine: string
  footerHelp: string
  order: {
    subject: (n: string) => string
    preview: (n: string) => string
    heading: string
    intro: (n: string) => string
    items: string
    quantity: (q: number) => string
    subtotal: string
    discount: string
    shipping: string
    taxes: string
    taxIncluded: (label: string) => string
    total: string
    shipTo: string
    delivery: string
    duties: string
    viewOrder: string
  }
  shipment: {
    subject: (n: string) => string
    preview: (n: string) => string
    heading: string
    intro: (n: string) => string
    carrier: string
    trackingNumber: string
    track: string
    noTracking: string
    items: string
    quantity: (q: number) => string
    shipTo: string
    viewOrder: string
  }
  reset: {
    subject: string
    preview: string
    heading: string
    greeting: (name?: string) => string
    intro: string
    button: string
    validity: (minutes: number) => string
    fallback: string
    ignore: string
  }
}

const en: Strings = {
  colon: ": ",
  footerLine: "AFESIP Fair Fashion · Phnom Penh, Cambodia",
  footerHelp: "Questions? Reply to this email and our team will help.",
  order: {
    subject: (n) => `Your AFESIP Fair Fashion order ${n}`,
    preview: (n) => `Thank you for your order ${n}.`,
    heading: "Thank you for your order",
    intro: (n) => `We have received your order ${n} and are preparing it with care. We will write again as soon as it ships.`,
    items: "Your items",
    quantity: (q) => `Qty ${q}`,
    subtotal: "Subtotal",
    discount: "Discount",
    shipping: "Shipping",
    taxes: "Taxes",
    taxIncluded: (label) => `incl. ${label}`,
    total: "Total",
    shipTo: "Shipping to",
    delivery: "Delivery",
    duties:
      "Your parcel travels from Cambodia to a destination outside the EU, the UK and Australia: import duties and taxes may be due on delivery, payable to the carrier.",
    viewOrder: "View your order",
  },
  shipment: {
    subject: (n) => `Your order ${n} is on its way`,
    preview: (n) => `Order ${n} has shipped.`,
    heading: "Your order is on its way",
    intro: (n) => `Good news: your order ${n} has left our workshop in Phnom Penh.`,
    carrier: "Carrier",
    trackingNumber: "Tracking number",
    track: "Track your parcel",
    noTracking: "The carrier has not given us a tracking number for this parcel yet.",
    items: "In this parcel",
    quantity: (q) => `Qty ${q}`,
    shipTo: "Shipping to",
    viewOrder: "View your order",
  },
  reset: {
    subject: "Reset your AFESIP Fair Fashion password",
    preview: "Choose a new password for your account.",
    heading: "Reset your password",
    greeting: (name) => (name ? `Hello ${name},` : "Hello,"),
    intro: "We received a request to reset the password of your AFESIP Fair Fashion account. Choose a new one with the button below.",
    button: "Choose a new password",
    validity: (minutes) => `This link can be used once and expires in ${minutes} minutes.`,
    fallback: "If the button does not work, copy this address into your browser:",
    ignore: "If you did not ask for this, you can ignore this email: your password stays the same.",
  },
}

const fr: Strings = {
  colon: " : ",
  footerLine: "AFESIP Fair Fashion · Phnom Penh, Cambodge",
  footerHelp: "Une question ? Répondez à cet e-mail, notre équipe vous aidera.",
  order: {
    subject: (n) => `Votre commande AFESIP Fair Fashion ${n}`,
    preview: (n) => `Merci pour votre commande ${n}.`,
    heading: "Merci pour votre commande",
    intro: (n) =>
      `Nous avons bien reçu votre commande ${n} et la préparons avec soin. Nous vous écrirons dès son expédition.`,
    items: "Vos articles",
    quantity: (q) => `Qté ${q}`,
    subtotal: "Sous-total",
    discount: "Remise",
    shipping: "Livraison",
    taxes: "Taxes",
    taxIncluded: (label) => `dont ${label === "VAT" ? "TVA" : label}`,
    total: "Total",
    shipTo: "Adresse de livraison",
    delivery: "Mode de livraison",
    duties:
      "Votre colis part du Cambodge vers une destination hors de l’UE, du Royaume-Uni et de l’Australie : des droits de douane et taxes d’importation peuvent être dus à la livraison, à régler au transporteur.",
    viewOrder: "Voir votre commande",
  },
  shipment: {
    subject: (n) => `Votre commande ${n} est en route`,
    preview: (n) => `La commande ${n} a été expédiée.`,
    heading: "Votre commande est en route",
    intro: (n) => `Bonne nouvelle : votre commande ${n} a quitté notre atelier de Phnom Penh.`,
    carrier: "Transporteur",
    trackingNumber: "Numéro de suivi",
    track: "Suivre votre colis",
    noTracking: "Le transporteur ne nous a pas encore communiqué de numéro de suivi pour ce colis.",
    items: "Dans ce colis",
    quantity: (q) => `Qté ${q}`,
    shipTo: "Adresse de livraison",
    viewOrder: "Voir votre commande",
  },
  reset: {
    subject: "Réinitialisez votre mot de passe AFESIP Fair Fashion",
    preview: "Choisissez un nouveau mot de passe pour votre compte.",
    heading: "Réinitialisez votre mot de passe",
    greeting: (name) => (name ? `Bonjour ${name},` : "Bonjour,"),
    intro:
      "Nous avons reçu une demande de réinitialisation du mot de passe de votre compte AFESIP Fair Fashion. Choisissez-en un nouveau avec le bouton ci-dessous.",
    button: "Choisir un nouveau mot de passe",
    validity: (minutes) => `Ce lien ne peut servir qu’une fois et expire dans ${minutes} minutes.`,
    fallback: "Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :",
    ignore: "Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.",
  },
}

export function strings(locale: EmailLocale): Strings {
  return locale === "fr" ? fr : en
}
