import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import { useI18n } from '../i18n/provider';
import { LanguageSwitch } from './LanguageSwitch';

export const MAIN_ID = 'main';

export interface AppShellProps {
  /** Usually the site name, linked to the home page. */
  title: ReactNode;
  subtitle?: ReactNode;
  /** Decorative mark beside the title (hidden from screen readers by the caller). */
  emblem?: ReactNode;
  /** Links of the main navigation, labelled by `navLabel`. */
  nav?: ReactNode;
  navLabel?: string;
  /** Sign-in / account links, after the language switch. */
  account?: ReactNode;
  footer?: ReactNode;
  /** Theme variables, see `themeStyle`. */
  style?: CSSProperties;
  children: ReactNode;
}

/** Focuses <main> without touching the URL (client routers own the hash and path). */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

export function AppShell({ title, subtitle, emblem, nav, navLabel, account, footer, style, children }: AppShellProps) {
  const { t } = useI18n();
  return (
    <div className="shb-app" style={style}>
      <a className="shb-skip" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('common.skipToContent')}
      </a>
      <header className="shb-header">
        <div className="shb-header-bar">
          <div className="shb-brand">
            {emblem}
            <div className="shb-brand-text">
              <span className="shb-title">{title}</span>
              {subtitle && <span className="shb-subtitle">{subtitle}</span>}
            </div>
          </div>
          <div className="shb-header-tools">
            <LanguageSwitch />
            {account}
          </div>
        </div>
        {nav && (
          <nav className="shb-nav" aria-label={navLabel}>
            {nav}
          </nav>
        )}
      </header>
      <main id={MAIN_ID} className="shb-main" tabIndex={-1}>
        {children}
      </main>
      {footer && <footer className="shb-footer">{footer}</footer>}
    </div>
  );
}
