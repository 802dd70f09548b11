/** Entry of the generic portal build (index.html); see ./generic for how the commune is found. */
import { ShabakaProvider, useTRPC } from '@shabaka/client/react';
import { Alert, I18nProvider, Spinner, useI18n } from '@shabaka/ui';
import { useQuery } from '@tanstack/react-query';
import { mount } from '@shabaka/ui/mount';
import { errorCode } from './errors';
import { locate, toCityConfig } from './generic';
import { FIRST_LOAD_NAMESPACES } from './messages';
import { PortalApp } from './PortalApp';

function Status({ slug, pending, error }: { slug: string; pending: boolean; error: unknown }) {
  const { t } = useI18n();
  const code = errorCode(error);
  const unknown = !slug || code === 'NOT_FOUND' || code === 'BAD_REQUEST';
  return (
    <main className="shb-main">
      {pending ? (
        <Spinner />
      ) : (
        <Alert tone="error">{unknown ? t('portal.error.unknownCommune', { slug }) : t('portal.error.commune')}</Alert>
      )}
    </main>
  );
}

function GenericPortal() {
  const { slug, base } = locate(window.location.pathname);
  const trpc = useTRPC();
  const commune = useQuery(trpc.communes.get.queryOptions({ commune: slug }, { enabled: slug !== '', retry: false }));
  if (commune.data) return <PortalApp config={toCityConfig(commune.data)} base={base} />;
  return (
    <I18nProvider namespaces={FIRST_LOAD_NAMESPACES}>
      <Status slug={slug} pending={slug !== '' && commune.isPending} error={commune.error} />
    </I18nProvider>
  );
}

mount(
  <ShabakaProvider>
    <GenericPortal />
  </ShabakaProvider>,
);
