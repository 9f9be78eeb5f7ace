import Image from "next/image"
import type { ProvenanceImage } from "@/types/provenance"
import { localize } from "./localize"

/**
 * The picture the Store API chose for her (an illustration, her hands at work…)
 * with its alt text, which describes the work. Without one, a plain woven
 * pattern stands in: nothing is guessed or substituted.
 */
export function MakerImage({ image, locale, sizes, className = "", priority = false }: {
  image: ProvenanceImage | null
  locale: string
  sizes: string
  className?: string
  priority?: boolean
}) {
  if (!image) {
    return (
      <div aria-hidden="true" className={`relative overflow-hidden bg-sand-100 ${className}`}>
        <div className="absolute inset-x-0 bottom-0 ikat-rule" />
      </div>
    )
  }
  const alt = localize(image.alt, locale).text
  return (
    <div className={`relative overflow-hidden bg-sand-100 ${className}`}>
      <Image src={image.url} alt={alt} fill sizes={sizes} priority={priority} className="object-cover" />
    </div>
  )
}
