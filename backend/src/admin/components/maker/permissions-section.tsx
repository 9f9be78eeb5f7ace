import { Container, StatusBadge } from "@medusajs/ui"
import type { MakerPermissions } from "../../lib/api"
import { SectionHeader, SectionRow } from "../section"

const ROWS: { key: keyof MakerPermissions; label: string }[] = [
  { key: "name", label: "Her name" },
  { key: "story", label: "Her story" },
  { key: "photo", label: "Photos of her" },
  { key: "product_link", label: "Credit on products" },
]

/** What her valid consents allow the store to show right now. */
export const PermissionsSection = ({ permissions }: { permissions: MakerPermissions }) => (
  <Container className="divide-y p-0">
    <SectionHeader title="Covered by consent now" />
    {ROWS.map(({ key, label }) => (
      <SectionRow
        key={key}
        title={label}
        value={
          <StatusBadge color={permissions[key] ? "green" : "grey"}>{permissions[key] ? "Allowed" : "Not covered"}</StatusBadge>
        }
      />
    ))}
  </Container>
)
