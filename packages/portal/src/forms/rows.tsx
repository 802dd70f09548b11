import { Button } from '@shabaka/ui';
import type { ReactNode } from 'react';
import { errorOf, useServerFields } from './kit';
import './rows.css';

/*
 * The parts of a long kit form: a titled group of boxes, and lists of rows staff add and remove (a call's
 * criteria, a plan's phases), each row a fieldset with its legend and its remove button.
 */

export function Part({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="kit-fieldset shb-stack">
      <legend className="kit-legend">{legend}</legend>
      {children}
    </fieldset>
  );
}

/** An error the checks or the server give a whole list (at least one criterion), under it. */
export function ListError({ name, errors }: { name: string; errors: readonly unknown[] }) {
  const text = errorOf(name, errors, useServerFields());
  return text ? (
    <p className="shb-field-error" role="alert">
      {text}
    </p>
  ) : null;
}

/** A list of rows (themes, criteria, documents): each a fieldset with its legend and a remove button, then add. */
export function Rows<T>({
  name,
  legendText,
  list,
  legend,
  remove,
  add,
  empty,
  min,
  children,
}: {
  name: string;
  legendText?: string;
  list: {
    state: { value: T[]; meta: { errors: readonly unknown[] } };
    removeValue: (i: number) => unknown;
    pushValue: (v: T) => unknown;
  };
  legend: (n: number) => string;
  remove: (n: number) => string;
  add: string;
  empty: T;
  min: number;
  children: (i: number) => ReactNode;
}) {
  const rows = list.state.value;
  return (
    <div className="shb-stack">
      {legendText && <p className="kit-legend">{legendText}</p>}
      {rows.map((_, i) => (
        <fieldset key={i} className="kit-fieldset kit-row">
          <legend>{legend(i + 1)}</legend>
          {children(i)}
          {rows.length > min && (
            <Button variant="secondary" onClick={() => list.removeValue(i)}>
              {remove(i + 1)}
            </Button>
          )}
        </fieldset>
      ))}
      <ListError name={name} errors={list.state.meta.errors} />
      <Button variant="secondary" onClick={() => list.pushValue(empty)}>
        {add}
      </Button>
    </div>
  );
}
