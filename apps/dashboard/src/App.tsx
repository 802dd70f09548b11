import { ShabakaProvider } from '@shabaka/client/react';
import { I18nProvider } from '@shabaka/ui';
import { Dashboard } from './Dashboard';
import { NAMESPACES } from './namespaces';

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
