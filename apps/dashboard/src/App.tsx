import { ShabakaProvider } from '@shabaka/client/react';
import { I18nProvider } from '@shabaka/ui';
import { Dashboard } from './Dashboard';

/** Same-origin tRPC at /trpc with the session cookie; Arabic (rtl) unless the visitor chose otherwise. */
export function App() {
  return (
    <ShabakaProvider>
      <I18nProvider initialLanguage="ar">
        <Dashboard />
      </I18nProvider>
    </ShabakaProvider>
  );
}
