import { Card } from '@shabaka/ui';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { usePortal } from './config';
import { Loaded, type LoadState } from './desk/List';

/**
 * One card of the account page listing the citizen's own items (complaints, requests,
 * documents) from every commune: loading, error with retry, empty state, then the list.
 */
export interface MyItemsProps<T> {
  title: ReactNode;
  intro: ReactNode;
  query: LoadState<T[]>;
  describe: (error: unknown) => ReactNode;
  /** The whole empty state (it may carry an action, e.g. "file one"). */
  empty: ReactNode;
  listClassName?: string;
  /** One item as an `<li>` with its key. */
  children: (item: T) => ReactNode;
}

export function MyItems<T>({ title, intro, query, describe, empty, listClassName, children }: MyItemsProps<T>) {
  return (
    <Card title={title}>
      <p>{intro}</p>
      <Loaded query={query} describe={describe}>
        {(items) =>
          items.length === 0 ? empty : <ul className={listClassName}>{items.map((item) => children(item))}</ul>
        }
      </Loaded>
    </Card>
  );
}

/** A link to an item's page on its own commune's portal: client-side here, a full page load elsewhere. */
export function CommuneLink({ commune, path, children }: { commune: string; path: string; children: ReactNode }) {
  const { slug } = usePortal();
  return commune === slug ? <Link href={path}>{children}</Link> : <a href={`/${commune}${path}`}>{children}</a>;
}
