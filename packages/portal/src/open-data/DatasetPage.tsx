import { useQuery, useTRPC } from '@shabaka/client/react';
import { DATASET_IDS } from '@shabaka/api/schemas';
import { Link, useParams } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { useOpenDataI18n } from './i18n';
import { fileHref, vocabulary, type DatasetPage as Dataset } from './model';
import './open-data.css';

type DatasetId = (typeof DATASET_IDS)[number];
const isDataset = (id: string): id is DatasetId => (DATASET_IDS as readonly string[]).includes(id);

/** /open-data/:dataset — one dataset: its files, every version, its fields and its README. */
export default function DatasetPage() {
  const { dataset = '' } = useParams<{ dataset: string }>();
  const { t } = useOpenDataI18n();
  return (
    <div className="shb-stack">
      <p>
        <Link href="/open-data">{t('openData.back')}</Link>
      </p>
      {isDataset(dataset) ? (
        <DatasetLoader id={dataset} />
      ) : (
        <p role="alert">{t('openData.error.reason.unknown_dataset')}</p>
      )}
    </div>
  );
}

function DatasetLoader({ id }: { id: DatasetId }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useOpenDataI18n();
  const query = useQuery(trpc.openData.dataset.queryOptions({ commune: slug, dataset: id }));
  usePageTitle(query.data ? query.data.title[i18n.lang] : i18n.t('openData.title'));
  return (
    <Loaded query={query} describe={(e) => describeError(e, i18n, { section: 'openData' }).message}>
      {(d) => <DatasetView d={d} />}
    </Loaded>
  );
}

function DatasetView({ d }: { d: Dataset }) {
  const { slug } = usePortal();
  const i18n = useOpenDataI18n();
  const { t, lang, formatDate, formatNumber } = i18n;
  const latest = d.versions[0];
  const constraints = (c: Dataset['fields'][number]['constraints']) =>
    [
      c?.required && t('openData.constraint.required'),
      c?.unique && t('openData.constraint.unique'),
      c?.minimum !== undefined && t('openData.constraint.min', { value: formatNumber(c.minimum) }),
      c?.maximum !== undefined && t('openData.constraint.max', { value: formatNumber(c.maximum) }),
      c?.enum && t('openData.constraint.enum', { values: c.enum.join(', ') }),
      c?.pattern && t('openData.constraint.pattern', { pattern: c.pattern }),
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <>
      <h1>{d.title[lang]}</h1>
      <p>{d.description[lang]}</p>
      <p className="od-meta">
        {t('openData.theme', { theme: vocabulary(i18n, 'themeName', d.theme) })} ·{' '}
        {t('openData.frequency', { frequency: vocabulary(i18n, 'frequencyName', d.accrualPeriodicity) })}
      </p>

      <section aria-labelledby="od-files" className="shb-stack">
        <h2 id="od-files">{t('openData.files')}</h2>
        {latest ? (
          <>
            <p className="od-meta">
              {t('openData.latest', {
                version: latest.version,
                date: formatDate(latest.publishedAt, { dateStyle: 'long' }),
                rows: latest.rows,
              })}
            </p>
            <ul>
              <li>
                <a href={fileHref(slug, d.id, latest.version, 'csv')} download>
                  {t('openData.file.csv')}
                </a>
              </li>
              <li>
                <a href={fileHref(slug, d.id, latest.version, 'schema.json')}>{t('openData.file.schema')}</a>
              </li>
              <li>
                <a href={fileHref(slug, d.id, latest.version, 'datapackage.json')}>{t('openData.file.datapackage')}</a>
              </li>
              <li>
                <a href={fileHref(slug, d.id, latest.version, 'README.md')}>{t('openData.file.readme')}</a>
              </li>
            </ul>
          </>
        ) : (
          <p>{t('openData.noVersions')}</p>
        )}
      </section>

      {d.versions.length > 0 && (
        <section aria-labelledby="od-versions" className="shb-stack">
          <h2 id="od-versions">{t('openData.versions')}</h2>
          <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby="od-versions">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('openData.col.version')}</th>
                  <th scope="col">{t('openData.col.date')}</th>
                  <th scope="col">{t('openData.col.rows')}</th>
                  <th scope="col">{t('openData.col.size')}</th>
                  <th scope="col">{t('openData.col.hash')}</th>
                  <th scope="col">{t('openData.col.files')}</th>
                </tr>
              </thead>
              <tbody>
                {d.versions.map((v) => (
                  <tr key={v.version}>
                    <td>{formatNumber(v.version)}</td>
                    <td>{formatDate(v.publishedAt, { dateStyle: 'medium' })}</td>
                    <td>{formatNumber(v.rows)}</td>
                    <td>
                      {t('openData.bytes', {
                        kb: formatNumber(Math.max(0.1, v.bytes / 1024), { maximumFractionDigits: 1 }),
                      })}
                    </td>
                    <td>
                      <code className="od-hash" title={v.sha256}>
                        {v.sha256.slice(0, 12)}…
                      </code>
                    </td>
                    <td>
                      <a href={fileHref(slug, d.id, v.version, 'csv')} download>
                        {t('openData.versionCsv', { version: v.version })}
                      </a>{' '}
                      <a href={fileHref(slug, d.id, v.version, 'schema.json')}>
                        {t('openData.versionSchema', { version: v.version })}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="od-fields" className="shb-stack">
        <h2 id="od-fields">{t('openData.fields')}</h2>
        <p className="shb-hint">{t('openData.fieldsHint')}</p>
        <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby="od-fields">
          <table className="od-fields">
            <thead>
              <tr>
                <th scope="col">{t('openData.field.name')}</th>
                <th scope="col">{t('openData.field.type')}</th>
                <th scope="col">{t('openData.field.title')}</th>
                <th scope="col">{t('openData.field.description')}</th>
                <th scope="col">{t('openData.field.constraints')}</th>
              </tr>
            </thead>
            <tbody>
              {d.fields.map((f) => (
                <tr key={f.name}>
                  <td>
                    <code dir="ltr">{f.name}</code>
                  </td>
                  <td>{t(`openData.type.${f.type}`)}</td>
                  <td>{f.title[lang]}</td>
                  <td>{f.description[lang]}</td>
                  <td>{constraints(f.constraints)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {d.readme && (
        <details className="od-readme">
          <summary>{t('openData.readme')}</summary>
          <pre dir="auto" tabIndex={0}>
            {d.readme}
          </pre>
        </details>
      )}
    </>
  );
}
