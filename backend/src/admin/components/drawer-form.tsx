import { Alert, Button, Drawer, FocusModal, Heading, Text } from "@medusajs/ui"
import { useEffect, useRef, type FormEvent, type ReactNode } from "react"

type FormShellProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: ReactNode
  onSubmit: () => void
  isPending?: boolean
  submitLabel?: string
  submitVariant?: "primary" | "danger"
  /** The API's message for the last failed submit. */
  error?: string | null
  children: ReactNode
}

const handleSubmit = (onSubmit: () => void) => (e: FormEvent) => {
  e.preventDefault()
  onSubmit()
}

/** Without a description, tell Radix so (it warns otherwise); with one, keep its automatic link. */
const noDescription = (description: ReactNode) => (description ? {} : { "aria-describedby": undefined })

/** Scrolls the form body back to the top when an error appears, so the message is seen. */
const useScrollToError = (error: string | null | undefined) => {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (error) ref.current?.scrollTo({ top: 0, behavior: "smooth" })
  }, [error])
  return ref
}

/** Runs `reset` each time a drawer opens, so the form starts from the saved data with no stale error. */
export const useResetOnOpen = (open: boolean, reset: () => void) => {
  const latest = useRef(reset)
  latest.current = reset
  useEffect(() => {
    if (open) latest.current()
  }, [open])
}

/** A form in a side drawer: header, scrolling body, Cancel/Save footer. */
export const DrawerForm = ({
  open,
  onOpenChange,
  title,
  description,
  onSubmit,
  isPending,
  submitLabel = "Save",
  submitVariant = "primary",
  error,
  children,
}: FormShellProps) => {
  const bodyRef = useScrollToError(error)
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content {...noDescription(description)}>
        <form onSubmit={handleSubmit(onSubmit)} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading>{title}</Heading>
            </Drawer.Title>
            {description && (
              <Drawer.Description className="txt-small text-ui-fg-subtle">{description}</Drawer.Description>
            )}
          </Drawer.Header>
          <Drawer.Body ref={bodyRef} className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
            {error && <Alert variant="error">{error}</Alert>}
            {children}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" variant={submitVariant} isLoading={isPending}>
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

/** A large form in a focus modal, centred like the dashboard's create forms. */
export const FocusModalForm = ({
  open,
  onOpenChange,
  title,
  description,
  onSubmit,
  isPending,
  submitLabel = "Create",
  error,
  children,
}: FormShellProps) => {
  const bodyRef = useScrollToError(error)
  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content {...noDescription(description)}>
        <form onSubmit={handleSubmit(onSubmit)} className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header />
          <FocusModal.Body ref={bodyRef} className="flex flex-1 flex-col items-center overflow-y-auto py-12">
            <div className="flex w-full max-w-[720px] flex-col gap-y-8 px-2">
              <div className="flex flex-col gap-y-1">
                <FocusModal.Title asChild>
                  <Heading>{title}</Heading>
                </FocusModal.Title>
                {description && (
                  <FocusModal.Description asChild>
                    <Text size="small" className="text-ui-fg-subtle">
                      {description}
                    </Text>
                  </FocusModal.Description>
                )}
              </div>
              {error && <Alert variant="error">{error}</Alert>}
              {children}
            </div>
          </FocusModal.Body>
          <FocusModal.Footer>
            <FocusModal.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </FocusModal.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              {submitLabel}
            </Button>
          </FocusModal.Footer>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
