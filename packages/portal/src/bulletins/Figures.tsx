import { DATASET_IDS, figureLabel, figureValue, sectionTitle } from '@shabaka/api/schemas';
import type { BulletinSection } from '@shabaka/db';
import { Link } from 'wouter';
import { useBulletinsI18n } from './i18n';

/**
 * A bulletin's figures, one table per section (readable without colour, scrolling inside its box on a phone), each
 * with the open dataset its figures come from (`/open-data/<dataset>`, the commune's open-data page).
 */
export function Figures({ sections, level = 2 }: { sections: readonly BulletinSection[]; level?: 2 | 3 }) {
  const i18n = useBulletinsI18n();
  const { t, lang } = i18n;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      {/* A section with nothing to say (no budget published yet) is left out. */}
      {sections
        .filter((s) => s.figures.length > 0)
        .map((s) => (
          <section key={s.key} className="bl-section" data-section={s.key}>
            <Heading>{sectionTitle(i18n, s.key)}</Heading>
            <div className="shb-table-wrap" tabIndex={0} role="region" aria-label={sectionTitle(i18n, s.key)}>
              <table className="shb-table">
                <thead>
                  <tr>
                    <th scope="col">{t('bulletins.figure')}</th>
                    <th scope="col">{t('bulletins.value')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.figures.map((f, i) => (
                    <tr key={`${f.key}-${i}`} data-figure={f.names ? undefined : f.key}>
                      <th scope="row">{figureLabel(i18n, s.key, f, lang)}</th>
                      <td>
                        <bdi>{figureValue(i18n, f)}</bdi>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="shb-hint">
              <Link href={`/open-data/${s.dataset}`}>
                {t('bulletins.source', {
                  dataset: t(`bulletins.dataset.${s.dataset as (typeof DATASET_IDS)[number]}`),
                })}
              </Link>
            </p>
          </section>
        ))}
    </>
  );
}
