import { periodLabel } from '@shabaka/api/schemas';
import type { RouterOutputs } from '@shabaka/client';
import { useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import type { BulletinText } from '@shabaka/db';
import { Button, Card } from '@shabaka/ui';
import { Link, useParams } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { saveBase64 } from '../download';
import { describeError } from '../errors';
import { Figures } from './Figures';
import { useBulletinsI18n } from './i18n';
import './bulletins.css';

type Bulletin = RouterOutputs['bulletins']['get'];
const LANGS = ['ar', 'fr', 'es'] as const;

/** The editors' text in the reader's language (Spanish falls back to French, as on the signed bulletin). */
export const textIn = (t: BulletinText | undefined, lang: 'ar' | 'fr' | 'es') =>
  t ? (lang === 'es' ? t.es || t.fr : t[lang]) : '';

/** /bulletins/:period — one published bulletin at its stable address (`2026-q1`, `2026`). */
export default function BulletinPage() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { period = '' } = useParams<{ period: string }>();
  const i18n = useBulletinsI18n();
  const { t } = i18n;
  const bulletin = useQuery(trpc.bulletins.get.queryOptions({ commune: slug, period }));
  usePageTitle(bulletin.data ? `${t('bulletins.title')} — ${periodLabel(i18n, bulletin.data)}` : t('bulletins.title'));
  return (
    <div className="shb-stack">
      <p>
        <Link href="/bulletins">{t('bulletins.back')}</Link>
      </p>
      <Loaded query={bulletin} describe={(e) => describeError(e, i18n, { section: 'bulletins' }).message}>
        {(b) => <BulletinView b={b} />}
      </Loaded>
    </div>
  );
}

function BulletinView({ b }: { b: Bulletin }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useBulletinsI18n();
  const { t, lang, formatDate } = i18n;
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
  const editorial = textIn(b.texts.editorial, lang);
  const notes = textIn(b.texts.notes, lang);
  return (
    <>
      <h1>
        {t('bulletins.title')} — {periodLabel(i18n, b)}
      </h1>
      <p>{t('bulletins.period.range', { from: day(b.figures.from), to: day(b.figures.to) })}</p>
      <p className="shb-hint">{t('bulletins.approvedOn', { date: formatDate(b.approvedAt, { dateStyle: 'long' }) })}</p>
      {editorial && (
        <Card title={t('bulletins.editorial')} headingLevel={2}>
          <p className="bl-text">{editorial}</p>
        </Card>
      )}
      <Figures sections={b.figures.sections} />
      {notes && (
        <Card title={t('bulletins.notes')} headingLevel={2}>
          <p className="bl-text">{notes}</p>
        </Card>
      )}
      <Card title={t('bulletins.signed')} headingLevel={2}>
        <ul className="bl-links">
          {LANGS.filter((l) => b.documents[l]).map((l) => (
            <li key={l}>
              <a href={b.documents[l]!.path} data-language={l}>
                {t('bulletins.signedPdf', { language: t(`bulletins.language.${l}`) })}
              </a>{' '}
              · <a href={`/verify/${b.documents[l]!.code}`}>{t('bulletins.verify', { code: b.documents[l]!.code })}</a>
            </li>
          ))}
        </ul>
        <p>
          <Button
            type="button"
            variant="secondary"
            onClick={async () => {
              const f = await queryClient.fetchQuery(
                trpc.bulletins.poster.queryOptions({
                  commune: slug,
                  period: b.period,
                  language: lang === 'es' ? 'es' : 'fr',
                }),
              );
              saveBase64({ dataBase64: f.pdfBase64, mime: 'application/pdf' }, f.filename);
            }}
          >
            {t('bulletins.poster')}
          </Button>
        </p>
      </Card>
    </>
  );
}
