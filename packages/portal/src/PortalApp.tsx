import { AppShell, I18nProvider, MAIN_ID, Spinner, startLanguage, themeStyle, useI18n } from '@shabaka/ui';
import '@shabaka/ui/styles.css';
import { useTRPC } from '@shabaka/client/react';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, matchRoute, Route, Router, Switch, useLocation, useRoute, useRouter } from 'wouter';
import { useMe } from './auth';
import { enabledSections, PortalContext, usePortal, type CityConfig } from './config';
import { useComplaintsI18n } from './complaints/i18n';
import { Emblem } from './Emblem';
import { lazyScreen, preloadOf } from './i18n';
import './portal.css';
import { HomeScreen } from './screens/Home';
import { NotFoundScreen } from './screens/NotFound';
import { FIRST_LOAD_NAMESPACES } from './messages';

// Screens that are rarely the first page stay out of the initial bundle.
const AccountScreen = lazy(() => import('./screens/Account').then((m) => ({ default: m.AccountScreen })));
const StaffScreen = lazy(() => import('./screens/Staff').then((m) => ({ default: m.StaffScreen })));
const SignInScreen = lazy(() => import('./screens/Auth').then((m) => ({ default: m.SignInScreen })));
const SignUpScreen = lazy(() => import('./screens/Auth').then((m) => ({ default: m.SignUpScreen })));
// A tracking code (a receipt's QR code) opens here whatever the commune's modules.
const TrackScreen = lazyScreen(useComplaintsI18n, () => import('./complaints/Track'));

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  // A section stays current on its sub-pages (/complaints/new, /staff/counter…).
  const [exact] = useRoute(href);
  const [nested] = useRoute(href === '/' ? '/' : `${href}/*`);
  const active = exact || nested;
  const ref = useRef<HTMLAnchorElement>(null);
  // On a phone the menu scrolls sideways: the current section is brought into it (never the
  // page itself: only when the menu is on screen).
  useEffect(() => {
    const link = ref.current;
    if (!active || !link || link.getBoundingClientRect().top < 0) return;
    link.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);
  return (
    <Link ref={ref} href={href} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** After client-side navigation, focus moves to <main> so readers start at the new content. */
function useFocusMainOnNavigate() {
  const [location] = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(MAIN_ID)?.focus();
  }, [location]);
}

function Shell({ children }: { children: ReactNode }) {
  const config = usePortal();
  const { t, lang } = useI18n();
  const { me, isStaffHere } = useMe();
  useFocusMainOnNavigate();

  const name = config.names[lang];

  return (
    <AppShell
      style={themeStyle(config.theme)}
      emblem={<Emblem name={config.names.fr} />}
      title={<Link href="/">{name}</Link>}
      subtitle={t('portal.tagline')}
      navLabel={t('portal.nav.label')}
      nav={
        <ul>
          <li>
            <NavLink href="/">{t('portal.nav.home')}</NavLink>
          </li>
          {enabledSections(config).map((m) => (
            <li key={m.name}>
              <NavLink href={`/${m.name}`}>{t(m.section.labels.nav)}</NavLink>
            </li>
          ))}
          {isStaffHere && (
            <li>
              <NavLink href="/staff">{t('portal.nav.staff')}</NavLink>
            </li>
          )}
        </ul>
      }
      account={
        <nav aria-label={t('portal.nav.accountLabel')} className="portal-account-links">
          {me ? (
            <NavLink href="/account">{t('portal.nav.account')}</NavLink>
          ) : (
            <NavLink href="/sign-in">{t('portal.nav.signIn')}</NavLink>
          )}
        </nav>
      }
      footer={<p>{t('portal.footer')}</p>}
    >
      {children}
    </AppShell>
  );
}

/** The public routes at the portal's root, whatever the modules (before the catch-all). */
const ROOT_ROUTES = [
  // Receipts' QR codes point here.
  <Route key="track" path="/track/:code" component={TrackScreen} />,
  <Route key="sign-in" path="/sign-in" component={SignInScreen} />,
  <Route key="sign-up" path="/sign-up" component={SignUpScreen} />,
  <Route key="account" path="/account" component={AccountScreen} />,
];

function Routes() {
  const config = usePortal();
  return (
    <Suspense fallback={<Spinner />}>
      <Switch>
        <Route path="/" component={HomeScreen} />
        {/* Each enabled module's public section (modules.ts). */}
        {enabledSections(config).flatMap((m) => m.section.routes)}
        {ROOT_ROUTES}
        <Route path="/staff" nest component={StaffScreen} />
        <Route component={NotFoundScreen} />
      </Switch>
    </Suspense>
  );
}

export interface PortalAppProps {
  config: CityConfig;
  /** Path prefix of the portal; `/<slug>` by default. */
  base?: string;
}

/**
 * What the first page needs is asked for while the catalogs load, instead of once the page has
 * rendered: what nearly every page reads (the commune's identity, who is signed in) and the
 * lazy screen of the address the portal opens on (its chunk and catalog). On a slow network,
 * round trips less before the first page is complete. Same query keys and the same chunk, so
 * the screens find them.
 */
function useFirstLoad(config: CityConfig, base: string) {
  const trpc = useTRPC();
  const client = useQueryClient();
  // Outside any <Router>: wouter's default router, whose parser the routes are matched with.
  const { parser } = useRouter();
  useState(() => {
    void client.prefetchQuery(trpc.communes.get.queryOptions({ commune: config.slug }));
    void client.prefetchQuery(trpc.auth.me.queryOptions());
    startLanguage(config.defaultLanguage); // the screen's catalog in the language it will show
    const { pathname } = window.location;
    const path = pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
    const first = [...enabledSections(config).flatMap((m) => m.section.routes), ...ROOT_ROUTES].find(
      (route) => matchRoute(parser, (route.props as { path: string }).path, path)[0],
    );
    void preloadOf((first?.props as { component?: unknown } | undefined)?.component)?.();
    return null;
  });
}

/** The portal inside an existing ShabakaProvider (the generic build already has one). */
export function PortalApp({ config, base = `/${config.slug}` }: PortalAppProps) {
  useFirstLoad(config, base);
  return (
    <PortalContext.Provider value={config}>
      <I18nProvider namespaces={FIRST_LOAD_NAMESPACES} initialLanguage={config.defaultLanguage}>
        <Router base={base}>
          <Shell>
            <Routes />
          </Shell>
        </Router>
      </I18nProvider>
    </PortalContext.Provider>
  );
}
