import { useQuery, useTRPC } from '@shabaka/client/react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { DataTable, Loaded } from '../../desk/List';
import { describeError } from '../../errors';
import { usePacI18n } from '../i18n';
import { inLanguage, usePacDates } from '../model';
import '../pac.css';
import './workshops.css';

/** /pac/consultations/:id — the question put to the bodies, who was consulted, and each body's opinion as given. */
export default function ConsultationPage({ id }: { id: string }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t, lang } = i18n;
  const { day } = usePacDates();
  const consultation = useQuery(trpc.pac.consultations.detail.queryOptions({ commune: slug, id }));
  usePageTitle(consultation.data ? inLanguage(consultation.data.subject, lang) : t('pacWorkshops.consultations.title'));
  return (
    <div className="shb-stack">
      <p>
        <Link href="/pac/consultations">{t('pacWorkshops.consultations.back')}</Link>
      </p>
      <Loaded query={consultation} describe={(e) => describeError(e, i18n, { section: 'pacWorkshops' }).message}>
        {(c) => (
          <>
            <h1>
              <bdi>{inLanguage(c.subject, lang)}</bdi>
            </h1>
            <p className="pw-meta">
              <strong>{t(`pacWorkshops.consultations.status.${c.status}`)}</strong> ·{' '}
              {t('pacWorkshops.consultations.dates', { from: day(c.opensOn), to: day(c.closesOn) })}
            </p>
            <section aria-labelledby="pw-question" className="shb-stack">
              <h2 id="pw-question">{t('pacWorkshops.consultations.question')}</h2>
              <p className="pac-text">
                <bdi>{inLanguage(c.question, lang)}</bdi>
              </p>
              {c.documentUrl && (
                <p>
                  <a href={c.documentUrl}>{t('pacWorkshops.consultations.document')}</a>
                </p>
              )}
            </section>
            <DataTable
              caption={t('pacWorkshops.consultations.bodies')}
              columns={[
                t('pacWorkshops.desk.consultations.bodies'),
                t('pacWorkshops.desk.consultations.stance'),
                t('pacWorkshops.desk.consultations.opinionText'),
              ]}
            >
              {c.bodies.map((b) => (
                <tr key={b.id}>
                  <th scope="row">
                    {b.associationId ? (
                      <Link href={`/associations/${b.associationId}`}>
                        <bdi>{b.name}</bdi>
                      </Link>
                    ) : (
                      <bdi>{b.name}</bdi>
                    )}{' '}
                    · {t(`pacWorkshops.bodyKind.${b.kind}`)}
                  </th>
                  <td>
                    {b.opinion
                      ? t('pacWorkshops.consultations.given', {
                          stance: t(`pacWorkshops.stance.${b.opinion.stance}`),
                          date: day(b.opinion.givenOn),
                        })
                      : t('pacWorkshops.consultations.awaited')}
                  </td>
                  <td className="pac-text">{b.opinion && <bdi>{b.opinion.text}</bdi>}</td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </Loaded>
    </div>
  );
}
