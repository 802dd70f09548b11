import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { saveBase64, saveCsv } from '../download';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { usePetitionsI18n } from './i18n';
import { usePetitionDates, type Dossier } from './model';
import { SignatureCount } from './parts';
import './petitions.css';

type Check = Dossier['checklist'][number];

/**
 * /petitions/:id/manage — the mandataire's page: the checklist of the decree's form, the moves they make
 * (open to signatures, file, withdraw), the printable sheet, who signed, and the national portal's reference.
 */
export default function Manage() {
  const { id } = useParams<{ id: string }>();
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePetitionsI18n();
  const { t } = i18n;
  usePageTitle(t('petitions.manage.title'));
  const dossier = useQuery(trpc.petitions.dossier.queryOptions({ commune: slug, id }));
  return (
    <div className="shb-stack">
      <p>
        <Link href={`/petitions`}>{t('petitions.back')}</Link>
      </p>
      <h1>{t('petitions.manage.title')}</h1>
      <Loaded query={dossier} describe={(e) => describeError(e, i18n, { section: 'petitions' }).message}>
        {(d) => <ManageView d={d} />}
      </Loaded>
    </div>
  );
}

function CheckItem({ c }: { c: Check }) {
  const { t } = usePetitionsI18n();
  const label =
    c.code === 'signatures'
      ? t('petitions.check.signatures', { count: Number(c.detail?.count ?? 0), needed: Number(c.detail?.needed ?? 0) })
      : t(`petitions.check.${c.code as Exclude<CheckCode, 'signatures'>}`);
  return (
    <li className={c.ok ? undefined : 'pt-missing'}>
      {label} — {c.ok ? t('petitions.manage.item.ok') : t('petitions.manage.item.missing')}
    </li>
  );
}
type CheckCode =
  | 'subject'
  | 'reasons'
  | 'request'
  | 'mandataire'
  | 'signatures'
  | 'statutes'
  | 'receipt'
  | 'bureau_list'
  | 'constituted'
  | 'seat_or_branch'
  | 'good_standing'
  | 'related_activity';

function ManageView({ d }: { d: Dossier }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePetitionsI18n();
  const { t } = i18n;
  const { at } = usePetitionDates();
  const [error, setError] = useState<string | null>(null);
  const done = {
    onSuccess: () => queryClient.invalidateQueries(trpc.petitions.pathFilter()),
    onError: (e: unknown) => setError(describeError(e, i18n, { section: 'petitions' }).message),
  };
  const open = useMutation(trpc.petitions.openCollecting.mutationOptions(done));
  const file = useMutation(trpc.petitions.file.mutationOptions(done));
  const withdraw = useMutation(trpc.petitions.withdraw.mutationOptions(done));
  const act = (m: typeof open) => {
    setError(null);
    m.mutate({ commune: slug, id: d.id });
  };
  const canFile = d.checklist.every((c) => c.ok);
  return (
    <>
      <p>
        <Link href={`/petitions/${d.id}`}>
          <bdi>{d.subject}</bdi>
        </Link>
      </p>
      <p className="pt-meta">
        {t('petitions.code', { code: d.code })} · {t(`petitions.track.${d.track}`)} ·{' '}
        <strong>{t(`petitions.state.${d.state}`)}</strong> · <SignatureCount p={d} />
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      {d.receivedAt && d.answerDueAt && (
        <Alert tone="info">{t('petitions.manage.filed', { date: at(d.receivedAt), due: at(d.answerDueAt) })}</Alert>
      )}
      {d.receipt && (
        <p>
          {t('petitions.manage.receipt', { code: d.receipt.code })} ·{' '}
          <a href={d.receipt.pdfPath} target="_blank" rel="noopener">
            {t('petitions.manage.receiptPdf')}
          </a>{' '}
          · <a href={d.receipt.verifyPath}>{t('petitions.manage.receiptVerify')}</a>
        </p>
      )}
      {(d.state === 'draft' || d.state === 'collecting') && (
        <Card title={t('petitions.manage.checklist')} headingLevel={2}>
          <ul className="pt-checklist">
            {d.checklist.map((c) => (
              <CheckItem key={c.code} c={c} />
            ))}
          </ul>
          <div className="shb-stack">
            {d.state === 'draft' && d.petitioner === 'citizens' && (
              <div>
                <p>{t('petitions.manage.openHint')}</p>
                <Button type="button" busy={open.isPending} onClick={() => act(open)}>
                  {t('petitions.manage.open')}
                </Button>
              </div>
            )}
            {(d.state === 'collecting' || d.track === 'proposal' || d.petitioner === 'association') && (
              <div>
                <p>{t('petitions.manage.fileHint')}</p>
                <Button type="button" busy={file.isPending} disabled={!canFile} onClick={() => act(file)}>
                  {t('petitions.manage.file')}
                </Button>
              </div>
            )}
            {d.state === 'collecting' && (
              <p>
                <Link href={`/petitions/${d.id}/sheet`}>{t('petitions.manage.sheet')}</Link>
              </p>
            )}
            <div>
              <Button type="button" variant="secondary" busy={withdraw.isPending} onClick={() => act(withdraw)}>
                {t('petitions.manage.withdraw')}
              </Button>
            </div>
          </div>
        </Card>
      )}
      {d.signatures > 0 && <Signers id={d.id} />}
      {d.receivedAt && <Reference id={d.id} current={d.eparticipationRef} />}
    </>
  );
}

function Signers({ id }: { id: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePetitionsI18n();
  const { t } = i18n;
  const list = useQuery(trpc.petitions.signatures.queryOptions({ commune: slug, id }));
  const download = async () =>
    saveCsv(await queryClient.fetchQuery(trpc.petitions.signaturesCsv.queryOptions({ commune: slug, id })));
  const dossier = async () => {
    const f = await queryClient.fetchQuery(trpc.petitions.dossierPdf.queryOptions({ commune: slug, id }));
    saveBase64(f, f.filename);
  };
  return (
    <Card title={t('petitions.manage.signatures')} headingLevel={2}>
      <p>{t('petitions.manage.signaturesHint')}</p>
      <Loaded query={list} describe={(e) => describeError(e, i18n, { section: 'petitions' }).message}>
        {(data) =>
          data.purged ? (
            <p>{t('petitions.manage.purged')}</p>
          ) : (
            <>
              <p>
                <Button type="button" variant="secondary" onClick={() => void download()}>
                  {t('petitions.manage.csv')}
                </Button>{' '}
                <Button type="button" variant="secondary" onClick={() => void dossier()}>
                  {t('petitions.manage.dossierPdf')}
                </Button>
              </p>
              <div className="pt-table-wrap" tabIndex={0} role="region" aria-label={t('petitions.manage.signatures')}>
                <table className="shb-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('petitions.manage.col.n')}</th>
                      <th scope="col">{t('petitions.manage.col.name')}</th>
                      <th scope="col">{t('petitions.manage.col.cin')}</th>
                      <th scope="col">{t('petitions.manage.col.neighbourhood')}</th>
                      <th scope="col">{t('petitions.manage.col.channel')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.signatures.map((s) => (
                      <tr key={s.n}>
                        <td>{s.n}</td>
                        <td>
                          <bdi>{s.identity?.name}</bdi>
                        </td>
                        <td dir="ltr">{s.identity?.cin}</td>
                        <td>
                          <bdi>{s.neighbourhood}</bdi>
                        </td>
                        <td>
                          {s.channel === 'online'
                            ? t('petitions.channel.online')
                            : t('petitions.channel.paper', { sheet: s.sheet ?? '' })}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )
        }
      </Loaded>
    </Card>
  );
}

function Reference({ id, current }: { id: string; current: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePetitionsI18n();
  const { t } = i18n;
  const [value, setValue] = useState(current ?? '');
  const save = useMutation(
    trpc.petitions.reference.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.petitions.pathFilter()),
    }),
  );
  const error = save.error ? describeError(save.error, i18n, { section: 'petitions' }) : null;
  return (
    <Card title={t('petitions.manage.reference')} headingLevel={2}>
      <form
        className="pt-row"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ commune: slug, id, reference: value });
        }}
      >
        <div>
          <label htmlFor="pt-reference">{t('petitions.manage.reference')}</label>
          <input
            id="pt-reference"
            className="shb-input"
            dir="ltr"
            value={value}
            maxLength={60}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'pt-reference-error' : undefined}
            onChange={(e) => setValue(e.target.value)}
          />
          {error && (
            <p id="pt-reference-error" className="shb-field-error">
              {error.message}
            </p>
          )}
        </div>
        <Button type="submit" busy={save.isPending}>
          {t('petitions.manage.referenceSave')}
        </Button>
      </form>
      {save.isSuccess && <p role="status">{t('petitions.manage.saved')}</p>}
    </Card>
  );
}
