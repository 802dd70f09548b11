import { Button } from '@shabaka/ui';
import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * The second step of a destructive action (remove a photo, revoke a key or a document, rotate
 * the signing key): the question, a red "yes" that takes the focus when the step appears, and
 * "no". `inline` puts the question on the buttons' row (inside a table cell).
 */
export function ConfirmStep({
  question,
  yes,
  no,
  pending,
  noDisabled = pending,
  onYes,
  onNo,
  inline = false,
}: {
  question: ReactNode;
  yes: ReactNode;
  no: ReactNode;
  /** The confirmed action is running: "yes" shows it and cannot be pressed again. */
  pending: boolean;
  /** Defaults to `pending`. */
  noDisabled?: boolean;
  onYes: () => void;
  onNo: () => void;
  inline?: boolean;
}) {
  const id = useId();
  const yesRef = useRef<HTMLButtonElement>(null);
  useEffect(() => yesRef.current?.focus(), []);
  const buttons = (
    <>
      {/* A native button: the focus is moved to it by hand (the kit's Button takes no ref). */}
      <button
        ref={yesRef}
        type="button"
        className="shb-button shb-button--primary desk-danger"
        disabled={pending}
        aria-busy={pending || undefined}
        onClick={onYes}
      >
        {yes}
      </button>
      <Button variant="secondary" disabled={noDisabled} onClick={onNo}>
        {no}
      </Button>
    </>
  );
  if (inline)
    return (
      <div role="group" aria-labelledby={id} className="desk-actions-row">
        <span id={id}>{question}</span>
        {buttons}
      </div>
    );
  return (
    <div className="desk-confirm" role="group" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <div className="desk-actions-row">{buttons}</div>
    </div>
  );
}
