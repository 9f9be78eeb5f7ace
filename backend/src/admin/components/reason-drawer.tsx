import { useEffect, useState, type ReactNode } from "react"
import { DrawerForm } from "./drawer-form"
import { TextareaField } from "./form"

/**
 * A drawer asking for an optional reason before a consequential action
 * (revoking a consent, unpublishing). `onSubmit` may ask for a final
 * confirmation itself.
 */
export const ReasonDrawer = ({
  open,
  onOpenChange,
  title,
  description,
  reasonLabel = "Reason",
  reasonHint,
  submitLabel,
  isPending,
  error,
  onSubmit,
  children,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: ReactNode
  reasonLabel?: string
  reasonHint?: ReactNode
  submitLabel: string
  isPending?: boolean
  error?: string | null
  onSubmit: (reason: string | undefined) => void
  children?: ReactNode
}) => {
  const [reason, setReason] = useState("")
  useEffect(() => {
    if (open) setReason("")
  }, [open])
  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={description}
      submitLabel={submitLabel}
      submitVariant="danger"
      isPending={isPending}
      error={error}
      onSubmit={() => onSubmit(reason.trim() || undefined)}
    >
      {children}
      <TextareaField label={reasonLabel} optional value={reason} onChange={setReason} rows={3} hint={reasonHint} />
    </DrawerForm>
  )
}
