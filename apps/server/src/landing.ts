import type { Db, Language, Localized } from '@shabaka/db';
import { createTranslator, LANGUAGES } from '@shabaka/ui/i18n';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The page at `/`: the network's communes read from the database (so a commune added
 * by the CLI appears at once), in the page's language (`pageLanguage`: `?lang=`, then the one chosen before).
 */
export async function renderLanding(db: Db, lang: Language) {
  const { t, dir, formatNumber, sortByName } = createTranslator(lang);
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
  const items = sortByName(communes, (c) => c.names[lang])
    .map(
      (c) =>
        `<li><a href="/${escape(c.slug)}/">${name(c.names)}</a> <small>${escape(t('landing.population', { population: formatNumber(c.population) }))}</small></li>`,
    )
    .join('');
  const switcher = LANGUAGES.map((l) =>
    l === lang
      ? `<strong>${l.toUpperCase()}</strong>`
      : `<a href="/?lang=${l}" hreflang="${l}" lang="${l}">${l.toUpperCase()}</a>`,
  ).join(' · ');
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name(network.names)}</title>
<style>body{font-family:system-ui,"Noto Sans Arabic","Segoe UI",Tahoma,sans-serif;max-inline-size:42rem;margin-inline:auto;padding:1rem;line-height:1.6}
a{color:#1f6f50}li{margin-block:.4rem}nav{text-align:end}</style></head>
<body>
<nav aria-label="${escape(t('landing.language'))}">${switcher}</nav>
<main>
<h1>${name(network.names)}</h1>
${regions.length > 0 ? `<p>${escape(t('landing.region', { region: regions.join(' · ') }))}</p>` : ''}
<p>${escape(t('landing.intro'))}</p>
<h2>${escape(t('landing.communes'))}</h2>
<ul>${items}</ul>
<p><a href="/dashboard/">${escape(t('landing.dashboard'))}</a></p>
<h2>${escape(t('landing.partners'))}</h2>
<ul>${sortByName(partners, (p) => p.names[lang])
    .map((p) => `<li>${name(p.names)}</li>`)
    .join('')}</ul>
</main>
</body></html>`;
}
