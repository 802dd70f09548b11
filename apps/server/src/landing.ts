import type { Db, Language, Localized } from '@shabaka/db';
import { createTranslator } from '@shabaka/ui/i18n';
import { escape, renderKitPage } from './page';

/**
 * The page at `/`: the network's communes read from the database (so a commune added
 * by the CLI appears at once), in the page's language (`pageLanguage`: `?lang=`, then the
 * one chosen before), in the portals' kit.
 */
export async function renderLanding(db: Db, lang: Language) {
  const { t, formatNumber, sortByName } = createTranslator(lang);
  const [network, communes, partners] = await Promise.all([
    db.selectFrom('network').select('names').executeTakeFirstOrThrow(),
    db
      .selectFrom('communes')
      .select(['slug', 'names', 'population', 'region'])
      .orderBy('createdAt')
      .orderBy('slug')
      .execute(),
    db.selectFrom('partners').select('names').orderBy('kind', 'desc').orderBy('slug').execute(),
  ]);
  const name = (n: Localized) => escape(n[lang]);
  // The network's region(s), in the page's language: one line under the title.
  const regions = [...new Set(communes.map((c) => c.region[lang]))];
  // The reader's alphabetical order (Intl.Collator): Arcila before Chauen in Spanish.
  const cards = sortByName(communes, (c) => c.names[lang])
    .map(
      (c) => `<li class="shb-card">
<h3 class="shb-card-title"><a href="/${escape(c.slug)}/">${name(c.names)}</a></h3>
<p class="shb-hint">${escape(t('landing.population', { population: formatNumber(c.population) }))}</p>
</li>`,
    )
    .join('\n');
  const partnerItems = sortByName(partners, (p) => p.names[lang])
    .map((p) => `<li>${name(p.names)}</li>`)
    .join('');
  return renderKitPage({
    lang,
    title: network.names[lang],
    brand: network.names[lang],
    languageLabel: t('landing.language'),
    hrefIn: (l) => `/?lang=${l}`,
    styles: `.landing-communes{list-style:none;padding:0;margin-block:0 var(--space)}
.landing-communes .shb-card-title a{color:var(--color-primary)}`,
    main: `<h1>${name(network.names)}</h1>
${regions.length > 0 ? `<p class="shb-hint">${escape(t('landing.region', { region: regions.join(' · ') }))}</p>` : ''}
<p>${escape(t('landing.intro'))}</p>
<h2>${escape(t('landing.communes'))}</h2>
<ul class="shb-grid landing-communes">
${cards}
</ul>
<p><a class="shb-button shb-button--primary" href="/dashboard/">${escape(t('landing.dashboard'))}</a></p>
<h2>${escape(t('landing.partners'))}</h2>
<ul>${partnerItems}</ul>`,
  });
}
