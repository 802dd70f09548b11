import { EmptyState } from '@shabaka/ui';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { CommuneLink, MyItems, type MyItemsProps } from '../MyItems';

/**
 * The signed-in citizen's cases of one type in every commune of the network (account page):
 * each opens with its code, linked to its tracking page on its own commune's portal, where the
 * account stands in for the secret; then the section's own facts.
 */
export function CaseMine<T extends { code: string; commune: string }>({
  empty,
  file,
  trackPath,
  children,
  ...list
}: Omit<MyItemsProps<T>, 'empty' | 'children'> & {
  /** The empty state's title. */
  empty: ReactNode;
  /** "File one": its label and path. */
  file: { label: ReactNode; href: string };
  /** From the portal's root. */
  trackPath: (code: string) => string;
  children: (item: T) => ReactNode;
}) {
  return (
    <MyItems {...list} empty={<EmptyState title={empty} action={<Link href={file.href}>{file.label}</Link>} />}>
      {(item) => (
        <li key={item.code}>
          <CommuneLink commune={item.commune} path={trackPath(item.code)}>
            <bdi dir="ltr">{item.code}</bdi>
          </CommuneLink>
          {children(item)}
        </li>
      )}
    </MyItems>
  );
}
