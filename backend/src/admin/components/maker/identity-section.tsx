import { LockClosedSolid, PencilSquare } from "@medusajs/icons"
import { Container, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage, errorStatus, useMakerIdentity, useUpdateMakerIdentity } from "../../lib/api"
import { ActionMenu } from "../action-menu"
import { DrawerForm, useResetOnOpen } from "../drawer-form"
import { IdentityFields, identityFromApi, identityPayload, type IdentityForm } from "../identity-fields"
import { ErrorAlert } from "../query-state"
import { EmptyText, SectionRow } from "../section"

/**
 * Her private identity, read from its own route. Staff whose role may not
 * read identities get a 403 and see only a notice.
 */
export const IdentitySection = ({ makerId }: { makerId: string }) => {
  const { data, error, isLoading } = useMakerIdentity(makerId)
  const [editOpen, setEditOpen] = useState(false)
  const forbidden = errorStatus(error) === 403
  const identity = data?.identity ?? null

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <LockClosedSolid className="text-ui-fg-subtle" />
            <Heading level="h2">Private identity</Heading>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            Never published. Do not copy any of it into her public profile.
          </Text>
        </div>
        {identity && (
          <ActionMenu groups={[[{ label: "Edit private identity", icon: <PencilSquare />, onClick: () => setEditOpen(true) }]]} />
        )}
      </div>
      {isLoading && <EmptyText>Loading…</EmptyText>}
      {forbidden && <EmptyText>Your role cannot view private identities.</EmptyText>}
      {error && !forbidden && (
        <div className="px-6 py-4">
          <ErrorAlert error={error} />
        </div>
      )}
      {data && !identity && <EmptyText>No private identity is recorded for her.</EmptyText>}
      {identity && (
        <>
          <SectionRow title="Legal name" value={identity.legal_name} />
          <SectionRow title="Village" value={identity.village ?? "-"} />
          <SectionRow title="Contact" value={identity.contact ?? "-"} />
          <SectionRow title="Notes" value={identity.notes ?? "-"} />
          <EditIdentityDrawer makerId={makerId} initial={identityFromApi(identity)} open={editOpen} onOpenChange={setEditOpen} />
        </>
      )}
    </Container>
  )
}

const EditIdentityDrawer = ({
  makerId,
  initial,
  open,
  onOpenChange,
}: {
  makerId: string
  initial: IdentityForm
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const update = useUpdateMakerIdentity(makerId)
  const [form, setForm] = useState<IdentityForm>(initial)
  const [legalNameError, setLegalNameError] = useState<string>()

  useResetOnOpen(open, () => {
    setForm(initial)
    setLegalNameError(undefined)
    update.reset()
  })

  const submit = () => {
    if (!form.legal_name.trim()) {
      setLegalNameError("Enter her legal name.")
      return
    }
    update.mutate(identityPayload(form), {
      onSuccess: () => {
        toast.success("Private identity saved")
        onOpenChange(false)
      },
    })
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title="Edit private identity"
      onSubmit={submit}
      isPending={update.isPending}
      error={update.error ? errorMessage(update.error) : null}
    >
      <IdentityFields value={form} onChange={setForm} legalNameError={legalNameError} />
    </DrawerForm>
  )
}
