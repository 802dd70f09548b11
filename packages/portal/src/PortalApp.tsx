import { useNoticeLogI18n } from './cases/noticeLogI18n';
import { useNotificationSettingsI18n } from './notifications/i18n';
import { AppShell, I18nProvider, MAIN_ID, Spinner, startLanguage, themeStyle, useI18n } from '@shabaka/ui';
import '@shabaka/ui/styles.css';
import { useTRPC } from '@shabaka/client/react';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { parse } from 'regexparam';
import { Link, Route, Router, Switch, useLocation, useRoute } from 'wouter';
import { useMe } from './auth';
import { enabledSections, PortalContext, usePortal, type CityConfig } from './config';
import { useComplaintsI18n } from './complaints/i18n';
import { Emblem } from './Emblem';
import { lazyScreen, preloadOf, scopedI18n } from './i18n';
import './portal.css';
import { HomeScreen } from './screens/Home';
import { NotFoundScreen } from './screens/NotFound';
import { FIRST_LOAD_NAMESPACES } from './messages';

// Screens that are rarely the first page stay out of the initial bundle.
// The account page carries the link to the notification settings, in their namespace.
const AccountScreen = lazyScreen(useNotificationSettingsI18n, () =>
  import('./screens/Account').then((m) => ({ default: m.AccountScreen })),
);
const StaffScreen = lazy(() => import('./screens/Staff').then((m) => ({ default: m.StaffScreen })));
// Sign-in reads the first load's catalogs only.
const firstLoadOnly = scopedI18n([]);
const SignInScreen = lazyScreen(firstLoadOnly, () =>
  import('./screens/Auth').then((m) => ({ default: m.SignInScreen })),
);
const SignUpScreen = lazyScreen(firstLoadOnly, () =>
  import('./screens/Auth').then((m) => ({ default: m.SignUpScreen })),
);
// The links of account emails (confirm the address, choose a new password).
const VerifyEmailScreen = lazyScreen(firstLoadOnly, () =>
  import('./screens/AccountLinks').then((m) => ({ default: m.VerifyEmailScreen })),
);
const ForgotPasswordScreen = lazyScreen(firstLoadOnly, () =>
  import('./screens/AccountLinks').then((m) => ({ default: m.ForgotPasswordScreen })),
);
const ResetPasswordScreen = lazyScreen(firstLoadOnly, () =>
  import('./screens/AccountLinks').then((m) => ({ default: m.ResetPasswordScreen })),
);
// Engagement preferences (the account area) and an engagement email's unsubscribe link.
const NotificationSettingsScreen = lazyScreen(useNotificationSettingsI18n, () => import('./notifications/Settings'));
const UnsubscribeScreen = lazyScreen(useNotificationSettingsI18n, () => import('./notifications/Unsubscribe'));
// The bell is for signed-in accounts only: an anonymous visitor's first load does not carry it
// (its live count, panel and styles come with its own chunk once someone signs in).
const InboxBell = lazy(() => import('./inbox/Bell').then((m) => ({ default: m.InboxBell })));
// A tracking code (a receipt's QR code) opens here whatever the commune's modules.
const TrackScreen = lazyScreen(useComplaintsI18n, () => import('./complaints/Track'));
const PhoneCasesScreen = lazyScreen(useNoticeLogI18n, () => import('./cases/PhoneCases'));

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
          {me && (
            <Suspense fallback={null}>
              <InboxBell key={me.id} />
            </Suspense>
          )}
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

/**
 * The pages of account emails' links: what they show depends on the link's secret after `#`,
 * which only the browser has, so no build writes them ahead.
 */
const LINK_ROUTES = [
  <Route key="verify-email" path="/verify-email" component={VerifyEmailScreen} />,
  <Route key="reset-password" path="/reset-password" component={ResetPasswordScreen} />,
  <Route key="unsubscribe" path="/unsubscribe" component={UnsubscribeScreen} />,
];
const LINK_PATHS = new Set(LINK_ROUTES.map((route) => (route.props as { path: string }).path));

/** The public pages at the portal's root, whatever the modules (before the catch-all). */
const ROOT_ROUTES = [
  // Receipts' QR codes point here.
  <Route key="track" path="/track/:code" component={TrackScreen} />,
  // A phone that follows cases by SMS lists them (after a code).
  <Route key="phone" path="/phone" component={PhoneCasesScreen} />,
  <Route key="sign-in" path="/sign-in" component={SignInScreen} />,
  <Route key="sign-up" path="/sign-up" component={SignUpScreen} />,
  <Route key="forgot-password" path="/forgot-password" component={ForgotPasswordScreen} />,
  ...LINK_ROUTES,
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
        <Route path="/account/notifications" component={NotificationSettingsScreen} />
        <Route path="/account" component={AccountScreen} />
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
  /** The address rendered when there is no browser (a build's prerender, with `base`). */
  ssrPath?: string;
}

/** Every public route of the portal but the home page and the catch-alls. */
const publicRoutes = (config: CityConfig) => [
  ...enabledSections(config).flatMap((m) => m.section.routes),
  ...ROOT_ROUTES,
];
const routeProps = (route: ReactElement) => route.props as { path: string; component?: unknown };

/** The pages a build renders ahead (prerender.tsx): the home page and every public route without parameters. */
export const staticPaths = (config: CityConfig) => [
  '/',
  ...publicRoutes(config)
    .map((route) => routeProps(route).path)
    .filter((path) => !path.includes(':') && !LINK_PATHS.has(path)),
];

/**
 * Starts loading what the page at `pathname` shows first: its lazy screen (chunk and
 * catalog, in the language the page will open in). Resolves once they are in, never rejects
 * (a failure is the screen's to report). The entry waits for it before the first render
 * (mount), so React's first page replaces the built page (prerender.tsx) with the same page,
 * not with a spinner, and the screen is asked for with the first load instead of after it.
 */
export function preloadFirstPage(config: CityConfig, pathname: string, base = `/${config.slug}`): Promise<unknown> {
  startLanguage(config.defaultLanguage);
  const path = pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
  // wouter's own parser (regexparam), so this finds the route the <Switch> will render.
  const first = publicRoutes(config).find((route) => parse(routeProps(route).path).pattern.test(path));
  const preload = first && preloadOf(routeProps(first).component);
  return Promise.resolve(preload?.()).catch(() => undefined);
}

/**
 * What nearly every page reads (the commune's identity, who is signed in) is asked for while
 * the catalogs load, instead of once the page has rendered: one round trip less before the
 * first page is complete on a slow network. Same query keys, so the screens find the answers.
 * Not when a build renders the page (no request leaves a build).
 */
function usePrefetchFirstReads(slug: string) {
  const trpc = useTRPC();
  const client = useQueryClient();
  useState(() => {
    if (typeof window === 'undefined') return null;
    void client.prefetchQuery(trpc.communes.get.queryOptions({ commune: slug }));
    void client.prefetchQuery(trpc.auth.me.queryOptions());
    return null;
  });
}

/** The portal inside an existing ShabakaProvider (the generic build already has one). */
export function PortalApp({ config, base = `/${config.slug}`, ssrPath }: PortalAppProps) {
  usePrefetchFirstReads(config.slug);
  return (
    <PortalContext.Provider value={config}>
      <I18nProvider namespaces={FIRST_LOAD_NAMESPACES} initialLanguage={config.defaultLanguage}>
        <Router base={base} ssrPath={ssrPath}>
          <Shell>
            <Routes />
          </Shell>
        </Router>
      </I18nProvider>
    </PortalContext.Provider>
  );
}
