import { Heading, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"

/** The header row of a Container section, as in the Medusa dashboard. */
export const SectionHeader = ({
  title,
  description,
  actions,
  level = "h2",
}: {
  title: ReactNode
  description?: ReactNode
  actions?: ReactNode
  level?: "h1" | "h2" | "h3"
}) => (
  <div className="flex items-center justify-between gap-x-4 px-6 py-4">
    <div className="flex min-w-0 flex-col gap-y-1">
      <Heading level={level}>{title}</Heading>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    {actions && <div className="flex shrink-0 items-center gap-x-2">{actions}</div>}
  </div>
)

/** A label/value row of a detail section. */
export const SectionRow = ({ title, value }: { title: string; value?: ReactNode }) => {
  const plain = value == null || value === "" || typeof value === "string" || typeof value === "number"
  return (
    <div className="text-ui-fg-subtle grid w-full grid-cols-2 items-start gap-4 px-6 py-4">
      <Text size="small" weight="plus" leading="compact">
        {title}
      </Text>
      {plain ? (
        <Text size="small" leading="compact" className="whitespace-pre-line text-pretty">
          {value === null || value === undefined || value === "" ? "-" : value}
        </Text>
      ) : (
        <div className="txt-compact-small flex min-w-0 flex-wrap gap-1">{value}</div>
      )}
    </div>
  )
}

/** A muted line of text used for empty states inside a section. */
export const EmptyText = ({ children, className }: { children: ReactNode; className?: string }) => (
  <div className={clx("px-6 py-4", className)}>
    <Text size="small" className="text-ui-fg-muted">
      {children}
    </Text>
  </div>
)
