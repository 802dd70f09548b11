import { Alert } from '@shabaka/ui';
import { useLocation } from 'wouter';
import { LinkNav } from '../../desk/shared';
import { useCallsDeskI18n } from './i18n';
import { inLanguage, type StaffCall } from './model';

/** A refusal shown after a button (open, publish, a decision on a dossier): the reason, then what it concerns. */
export function Refusal({ lines }: { lines: string[] | null }) {
  return lines ? (
    <Alert tone="error">
      {lines.map((l, i) => (
        <p key={i}>{l}</p>
      ))}
    </Alert>
  ) : null;
}

/** A call's own tabs: what it says, its committee, its dossiers (and editing while it is a draft). */
export function CallNav({ call }: { call: StaffCall }) {
  const { t, lang } = useCallsDeskI18n();
  const [location] = useLocation();
  const base = `/${call.id}`;
  const items = [
    { href: base, label: t('callsDesk.call.overview') },
    ...(call.state === 'draft' ? [{ href: `${base}/edit`, label: t('callsDesk.call.edit') }] : []),
    { href: `${base}/committee`, label: t('callsDesk.committee.title') },
    { href: `${base}/dossiers`, label: t('callsDesk.dossiers.title') },
  ].map((i) => ({ ...i, active: location === i.href }));
  return (
    <LinkNav
      label={t('callsDesk.call.nav', { title: inLanguage(call.title, lang) })}
      className="cd-nav"
      items={items}
    />
  );
}
