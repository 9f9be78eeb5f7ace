import { Container, Table, Text } from "@medusajs/ui"
import { useUserNames, type AuditEntry } from "../../lib/api"
import { AUDIT_ACTION_LABELS, SCOPE_LABELS, formatDate, formatDateTime } from "../../lib/format"
import { EmptyText, SectionHeader } from "../section"

/** A short, readable summary of an audit entry's detail (field names, scopes, reasons; never values). */
const describe = (detail: AuditEntry["detail"]): string => {
  if (!detail) return ""
  const parts: string[] = []
  if (Array.isArray(detail.fields)) parts.push(`Fields: ${(detail.fields as string[]).join(", ")}`)
  if (Array.isArray(detail.scopes)) parts.push(`Scopes: ${(detail.scopes as string[]).map((s) => SCOPE_LABELS[s] ?? s).join(", ")}`)
  if (typeof detail.expires_at === "string") parts.push(`Expires ${formatDate(detail.expires_at)}`)
  if (typeof detail.reason === "string" && detail.reason) parts.push(`Reason: ${detail.reason}`)
  return parts.join(" · ")
}

export const AuditSection = ({ entries }: { entries: AuditEntry[] }) => {
  const userName = useUserNames()
  return (
    <Container className="divide-y p-0">
      <SectionHeader title="Audit log" description="Every publication and consent change, newest first." />
      {entries.length === 0 ? (
        <EmptyText>No entries yet.</EmptyText>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>When</Table.HeaderCell>
                <Table.HeaderCell>Action</Table.HeaderCell>
                <Table.HeaderCell>By</Table.HeaderCell>
                <Table.HeaderCell>Details</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {entries.map((e) => (
                <Table.Row key={e.id}>
                  <Table.Cell className="whitespace-nowrap">{formatDateTime(e.created_at)}</Table.Cell>
                  <Table.Cell>{AUDIT_ACTION_LABELS[e.action] ?? e.action}</Table.Cell>
                  <Table.Cell>{userName(e.actor)}</Table.Cell>
                  <Table.Cell>
                    <Text size="small" className="text-ui-fg-subtle py-2">
                      {describe(e.detail) || "-"}
                    </Text>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}
