import { ShabakaProvider } from '@shabaka/client/react';
import { commonMessages, dashboardMessages, I18nCatalogProvider, mergeCatalogs } from '@shabaka/ui';
import { Dashboard } from './Dashboard';

/** Only the namespaces the dashboard reads: the portal's and the landing page's messages stay out of the bundle. */
const messages = mergeCatalogs(commonMessages, dashboardMessages);

/** Same-origin tRPC at /trpc with the session cookie; Arabic (rtl) unless the visitor chose otherwise. */
export function App() {
  return (
    <ShabakaProvider>
      <I18nCatalogProvider messages={messages} initialLanguage="ar">
        <Dashboard />
      </I18nCatalogProvider>
    </ShabakaProvider>
  );
}
