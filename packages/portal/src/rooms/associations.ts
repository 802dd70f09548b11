import { useQuery, useTRPC } from '@shabaka/client/react';
import { useI18n } from '@shabaka/ui';
import { usePortal } from '../config';

/**
 * The associations the signed-in account represents in this commune, verified by staff (the
 * associations registry's requests): those it may ask for a room for.
 */
export function useRepresentedAssociations() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { lang } = useI18n();
  const mine = useQuery(trpc.associations.myRequests.queryOptions({ commune: slug }));
  return {
    isPending: mine.isPending,
    data: mine.data
      ?.filter((r) => r.state === 'verified')
      .map((r) => ({ id: r.associationId, name: lang === 'ar' ? r.names.ar : r.names.fr })),
  };
}
