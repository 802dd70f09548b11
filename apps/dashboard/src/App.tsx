import { ShabakaProvider } from '@shabaka/client/react';
import { I18nProvider, type Namespace } from '@shabaka/ui';
import { Dashboard } from './Dashboard';

/** Only the namespaces the dashboard reads, in the active language only. */
const NAMESPACES: readonly Namespace[] = ['common', 'dashboard', 'staffGlossary'];

/** Same-origin tRPC at /trpc with the session cookie; Arabic (rtl) unless the visitor chose otherwise. */
export function App() {
  return (
    <ShabakaProvider>
      <I18nProvider namespaces={NAMESPACES} initialLanguage="ar">
        <Dashboard />
      </I18nProvider>
    </ShabakaProvider>
  );
}
