"use client"

import Image from "next/image"
import { useTranslations } from "next-intl"
import { useState } from "react"

export function Gallery({ images }: { images: { url: string; alt: string }[] }) {
  const t = useTranslations("product")
  const [index, setIndex] = useState(0)
  const current = images[index]
  if (!current) return <div className="aspect-[4/5] rounded-[2rem] bg-sand-100" />
  return (
    <section aria-label={t("gallery")}>
      <div className="relative aspect-[4/5] overflow-hidden rounded-[2rem] bg-sand-100">
        <Image data-testid="product-image" src={current.url} alt={current.alt} fill priority sizes="(min-width: 1024px) 50vw, 100vw" className="object-cover" />
      </div>
      {images.length > 1 && (
        <ul className="mt-4 flex gap-3">
          {images.map((image, i) => (
            <li key={image.url}>
              <button
                type="button"
                onClick={() => setIndex(i)}
                aria-pressed={i === index}
                aria-label={t("showImage", { number: i + 1 })}
                className={`relative block h-24 w-20 overflow-hidden rounded-xl border-2 ${i === index ? "border-ink-900" : "border-transparent"}`}
              >
                <Image src={image.url} alt="" fill sizes="80px" className="object-cover" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
