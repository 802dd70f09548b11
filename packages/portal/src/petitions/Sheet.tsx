import { useQuery, useTRPC } from '@shabaka/client/react';
import { Button } from '@shabaka/ui';
import { Link, useParams } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { usePetitionsI18n } from './i18n';
import './petitions.css';

const LINES = 20;

/**
 * /petitions/:id/sheet — a signature sheet to print: the petition's subject and request, a QR code leading to
 * it online, and numbered lines with the columns the agents key in (decree 2.16.403's signatories).
 */
export default function Sheet() {
  const { id } = useParams<{ id: string }>();
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePetitionsI18n();
  const { t } = i18n;
  usePageTitle(t('petitions.sheet.title'));
  const sheet = useQuery(trpc.petitions.sheet.queryOptions({ commune: slug, id }));
  return (
    <div className="shb-stack">
      <p className="pt-noprint">
        <Link href={`/petitions/${id}/manage`}>{t('petitions.manage.title')}</Link>
      </p>
      <Loaded query={sheet} describe={(e) => describeError(e, i18n, { section: 'petitions' }).message}>
        {(s) => (
          <>
            <div className="pt-sheet-head">
              <div className="shb-stack">
                <h1>{t('petitions.sheet.title')}</h1>
                <p>
                  {t('petitions.code', { code: s.code })} — <bdi>{s.subject}</bdi>
                </p>
                <p>
                  <bdi>{s.request}</bdi>
                </p>
                <p>{t('petitions.sheet.intro')}</p>
              </div>
              {s.qrSvg && (
                <img src={`data:image/svg+xml;utf8,${encodeURIComponent(s.qrSvg)}`} alt={t('petitions.sheet.qr')} />
              )}
            </div>
            <p dir="ltr">{s.url}</p>
            <div className="pt-table-wrap">
              <table className="shb-table pt-sheet">
                <thead>
                  <tr>
                    <th scope="col">{t('petitions.manage.col.n')}</th>
                    <th scope="col">{t('petitions.sign.name')}</th>
                    <th scope="col">{t('petitions.sign.cin')}</th>
                    <th scope="col">{t('petitions.sign.address')}</th>
                    <th scope="col">{t('petitions.sign.neighbourhood')}</th>
                    <th scope="col">{t('petitions.sheet.col.basis')}</th>
                    <th scope="col">{t('petitions.sheet.col.signature')}</th>
                  </tr>
                </thead>
                <tbody>
                  {Array.from({ length: LINES }, (_, i) => (
                    <tr key={i}>
                      <td>{i + 1}</td>
                      <td />
                      <td />
                      <td />
                      <td />
                      <td />
                      <td />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="pt-noprint">
              <Button type="button" onClick={() => window.print()}>
                {t('petitions.sheet.print')}
              </Button>
            </p>
          </>
        )}
      </Loaded>
    </div>
  );
}
