import { EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
import type { ReactNode } from "react"

export type Action = { label: string; icon?: ReactNode; onClick: () => void; disabled?: boolean }

/** The "…" menu of a section or row, as in the dashboard. Groups are separated by a line. */
export const ActionMenu = ({ groups, label = "Actions" }: { groups: Action[][]; label?: string }) => (
  <DropdownMenu>
    <DropdownMenu.Trigger asChild>
      <IconButton size="small" variant="transparent" aria-label={label}>
        <EllipsisHorizontal />
      </IconButton>
    </DropdownMenu.Trigger>
    <DropdownMenu.Content align="end">
      {groups
        .filter((g) => g.length > 0)
        .map((group, i) => (
          <DropdownMenu.Group key={i}>
            {i > 0 && <DropdownMenu.Separator />}
            {group.map((action) => (
              <DropdownMenu.Item
                key={action.label}
                disabled={action.disabled}
                onClick={(e) => {
                  e.stopPropagation()
                  action.onClick()
                }}
                className="[&_svg]:text-ui-fg-subtle flex items-center gap-x-2"
              >
                {action.icon}
                <span>{action.label}</span>
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Group>
        ))}
    </DropdownMenu.Content>
  </DropdownMenu>
)
