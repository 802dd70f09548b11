import { useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { Link } from 'wouter';
import { useMe } from '../../auth';
import { usePageTitle, usePortal } from '../../config';
import { DataTable, Loaded } from '../../desk/List';
import { Entry, ScreenHeading } from '../../desk/shared';
import { describeError } from '../../errors';
import { BureauActions } from './Bureau';
import { usePetitionsDeskI18n } from './i18n';
import { FRESH, refusalText, useDate, useDay, useDossier, type Dossier } from './model';
import { saveBase64, saveCsv } from '../../download';

/**
 * A petition as the desk reads it: its facts and clock, the checklist, the paper sheets keyed, the timeline
 * (the bureau's internal notes for the bureau only) and, for the bureau, the mandataire, who signed, the CSV
 * for eparticipation.ma and its decisions. Agents never see an identity: the server does not send them.
 */
export default function PetitionScreen({ id }: { id: string }) {
  const i18n = usePetitionsDeskI18n();
  const dossier = useDossier(id);
  return (
    <Loaded query={dossier} describe={(e) => describeError(e, i18n, { section: 'petitions' }).message}>
      {(p) => <Page p={p} />}
    </Loaded>
  );
}

function Page({ p }: { p: Dossier }) {
  const i18n = usePetitionsDeskI18n();
  const { t, formatNumber } = i18n;
  const { can } = useMe();
  const date = useDate();
  const day = useDay();
  usePageTitle(t('petitionsDesk.petition.pageTitle', { code: p.code }));
  const bureau = p.role === 'bureau';
  return (
    <section className="shb-stack">
      <ScreenHeading>
        <bdi dir="ltr">{p.code}</bdi> — <bdi>{p.subject}</bdi>
      </ScreenHeading>
      <dl className="pd-facts">
        <Entry term={t('petitionsDesk.col.track')}>{t(`petitionsDesk.track.${p.track}`)}</Entry>
        <Entry term={t('petitionsDesk.petition.petitioner')}>{t(`petitionsDesk.petitioner.${p.petitioner}`)}</Entry>
        <Entry term={t('petitionsDesk.col.state')}>{t(`petitionsDesk.state.${p.state}`)}</Entry>
        <Entry term={t('petitionsDesk.col.signatures')}>
          {t('petitionsDesk.petition.signatures', {
            n: formatNumber(p.signatures),
            threshold: formatNumber(p.threshold),
            online: formatNumber(p.signaturesOnline),
            paper: formatNumber(p.signaturesPaper),
          })}
        </Entry>
        <Entry term={t('petitionsDesk.col.received')}>{p.receivedAt ? date(p.receivedAt) : null}</Entry>
        <Entry term={t('petitionsDesk.col.due')}>
          {p.answerDueAt ? (
            <>
              {date(p.answerDueAt)}
              {p.overdue && (
                <>
                  {' '}
                  <span className="pd-badge pd-badge--late">{t('petitionsDesk.overdue')}</span>
                </>
              )}
            </>
          ) : null}
        </Entry>
        <Entry term={t('petitionsDesk.petition.committee')}>{p.committee && <bdi>{p.committee}</bdi>}</Entry>
        <Entry term={t('petitionsDesk.petition.session')}>{p.sessionOn ? day(p.sessionOn) : null}</Entry>
        <Entry term={t('petitionsDesk.petition.reference')}>
          {p.eparticipationRef && <bdi dir="ltr">{p.eparticipationRef}</bdi>}
        </Entry>
      </dl>
      <h3 className="pd-subheading">{t('petitionsDesk.petition.text')}</h3>
      <p className="pd-text">
        <bdi>{p.reasons}</bdi>
      </p>
      <p className="pd-text">
        <strong>{t('petitionsDesk.petition.request')}</strong> <bdi>{p.request}</bdi>
      </p>
      {p.bureauText && (
        <p className="pd-text">
          <strong>{t('petitionsDesk.petition.bureauText')}</strong> <bdi>{p.bureauText}</bdi>
        </p>
      )}
      {p.decisionText && (
        <p className="pd-text">
          <strong>{t('petitionsDesk.petition.decision')}</strong> <bdi>{p.decisionText}</bdi>
          {p.vote && (
            <>
              {' '}
              {t('petitionsDesk.petition.vote', {
                for: formatNumber(p.vote.for),
                against: formatNumber(p.vote.against),
                abstain: formatNumber(p.vote.abstain),
              })}
            </>
          )}
        </p>
      )}
      {p.followUp && (
        <p className="pd-text">
          <strong>{t('petitionsDesk.petition.followUp')}</strong> <bdi>{p.followUp}</bdi>
        </p>
      )}
      {bureau && p.mandataire && (
        <Card title={t('petitionsDesk.petition.mandataire')} headingLevel={3}>
          <dl className="pd-facts">
            <Entry term={t('petitionsDesk.signer.name')}>
              <bdi>{p.mandataire.name}</bdi>
            </Entry>
            <Entry term={t('petitionsDesk.signer.cin')}>
              <bdi dir="ltr">{p.mandataire.cin}</bdi>
            </Entry>
            <Entry term={t('petitionsDesk.signer.address')}>
              <bdi>{p.mandataire.address}</bdi>
            </Entry>
            <Entry term={t('petitionsDesk.petition.phone')}>
              {p.mandataire.phone && <bdi dir="ltr">{p.mandataire.phone}</bdi>}
            </Entry>
          </dl>
        </Card>
      )}
      <h3 className="pd-subheading">{t('petitionsDesk.checklist.title')}</h3>
      <ul className="pd-list">
        {p.checklist.map((c) => (
          <li key={c.code}>
            {t(c.ok ? 'petitionsDesk.checklist.ok' : 'petitionsDesk.checklist.missing', {
              item: t(`petitionsDesk.checklist.${c.code}` as 'petitionsDesk.checklist.subject'),
            })}
          </li>
        ))}
      </ul>
      <h3 className="pd-subheading">{t('petitionsDesk.batches.title')}</h3>
      {p.state === 'collecting' && can('petitions:key') && (
        <p>
          <Link href={`/${p.id}/paper`}>{t('petitionsDesk.paper.title')}</Link>
        </p>
      )}
      {p.batches.length === 0 ? (
        <p>{t('petitionsDesk.batches.none')}</p>
      ) : (
        <DataTable
          caption={t('petitionsDesk.batches.caption')}
          columns={[
            t('petitionsDesk.batches.sheet'),
            t('petitionsDesk.batches.keyedAt'),
            t('petitionsDesk.batches.accepted'),
            t('petitionsDesk.batches.duplicates'),
          ]}
        >
          {p.batches.map((b) => (
            <tr key={b.id}>
              <th scope="row">
                <bdi>{b.sheet}</bdi>
              </th>
              <td>{date(b.keyedAt)}</td>
              <td>{formatNumber(b.accepted)}</td>
              <td>{formatNumber(b.duplicates)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Timeline p={p} />
      {bureau && can('petitions:review') && (
        <>
          <BureauActions p={p} />
          <Signers p={p} />
        </>
      )}
    </section>
  );
}

/** What happened, in order; the bureau's internal notes (sent to the bureau only) under their step. */
function Timeline({ p }: { p: Dossier }) {
  const { t, has, formatDate } = usePetitionsDeskI18n();
  const kind = (k: string) => {
    const key = `petitionsDesk.event.${k}`;
    return has(key) ? t(key as 'petitionsDesk.event.filed') : t('petitionsDesk.event.other');
  };
  return (
    <>
      <h3 className="pd-subheading">{t('petitionsDesk.timeline.title')}</h3>
      <ol className="pd-list">
        {p.timeline.map((e, i) => (
          <li key={i}>
            <strong>{kind(e.kind)}</strong> — {formatDate(e.at, { dateStyle: 'medium', timeStyle: 'short' })}
            {e.publicNote && (
              <p className="pd-text">
                <bdi>{e.publicNote}</bdi>
              </p>
            )}
            {e.internalNote && (
              <p className="pd-text">
                {t('petitionsDesk.timeline.internal')} <bdi>{e.internalNote}</bdi>
              </p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** Who signed (the bureau only, the server checks), and the CSV for the dossier filed on eparticipation.ma. */
function Signers({ p }: { p: Dossier }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePetitionsDeskI18n();
  const { t, formatNumber } = i18n;
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const list = useQuery({
    ...trpc.petitions.signatures.queryOptions({ commune: slug, id: p.id }, FRESH),
    enabled: shown,
  });
  // The CSV and the dossier's PDF for eparticipation.ma, each fetched when asked (they carry identities).
  const download = async (what: 'csv' | 'pdf') => {
    setBusy(true);
    setFailed(null);
    try {
      if (what === 'csv')
        saveCsv(await queryClient.fetchQuery(trpc.petitions.signaturesCsv.queryOptions({ commune: slug, id: p.id })));
      else {
        const f = await queryClient.fetchQuery(trpc.petitions.dossierPdf.queryOptions({ commune: slug, id: p.id }));
        saveBase64(f, f.filename);
      }
    } catch (error) {
      setFailed(refusalText(error, i18n));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('petitionsDesk.signers.title')} headingLevel={3}>
      <div className="shb-stack">
        <p>{t('petitionsDesk.signers.intro')}</p>
        {p.identitiesPurgedAt && <Alert tone="info">{t('petitionsDesk.signers.purged')}</Alert>}
        <div className="pd-actions">
          <Button variant="secondary" busy={busy} onClick={() => void download('csv')}>
            {t('petitionsDesk.signers.csv')}
          </Button>
          <Button variant="secondary" busy={busy} onClick={() => void download('pdf')}>
            {t('petitionsDesk.signers.dossierPdf')}
          </Button>
          {!shown && (
            <Button variant="secondary" onClick={() => setShown(true)}>
              {t('petitionsDesk.signers.show')}
            </Button>
          )}
        </div>
        {failed && <Alert tone="error">{failed}</Alert>}
        {shown && (
          <Loaded
            query={list}
            describe={(e) => describeError(e, i18n, { section: 'petitions' }).message}
            empty={t('petitionsDesk.signers.none')}
            isEmpty={(d) => d.signatures.length === 0}
          >
            {(d) => (
              <DataTable
                caption={t('petitionsDesk.signers.caption')}
                columns={[
                  t('petitionsDesk.signers.n'),
                  t('petitionsDesk.signer.name'),
                  t('petitionsDesk.signer.cin'),
                  t('petitionsDesk.signer.neighbourhood'),
                  t('petitionsDesk.signers.channel'),
                ]}
              >
                {d.signatures.map((s) => (
                  <tr key={s.n}>
                    <th scope="row">{formatNumber(s.n)}</th>
                    <td>{s.identity ? <bdi>{s.identity.name}</bdi> : t('petitionsDesk.signers.erased')}</td>
                    <td>{s.identity && <bdi dir="ltr">{s.identity.cin}</bdi>}</td>
                    <td>
                      <bdi>{s.neighbourhood}</bdi>
                    </td>
                    <td>
                      {s.channel === 'paper'
                        ? t('petitionsDesk.signers.paper', { sheet: s.sheet ?? '' })
                        : t('petitionsDesk.signers.online')}
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
          </Loaded>
        )}
      </div>
    </Card>
  );
}
