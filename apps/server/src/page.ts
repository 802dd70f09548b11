import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator, LANGUAGES, LANGUAGE_NAMES, type Language } from '@shabaka/ui/i18n';
import { repoRoot } from './paths';

export const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

let kitCss: string | undefined;
/**
 * The portals' own stylesheet (@shabaka/ui), so the pages the server renders (landing,
 * verification) look like the rest of the platform. Inlined: one request, compressed with
 * the page, read once.
 */
function kitStyles() {
  kitCss ??= readFileSync(join(repoRoot, 'packages/ui/src/styles.css'), 'utf8');
  return kitCss;
}

/** What the kit has no class for: the language links (the portals use a select, which needs script). */
const PAGE_STYLES = `.shb-lang-links{display:flex;gap:.25rem;font-size:.9rem}
.shb-lang-links a,.shb-lang-links span{display:inline-block;padding-block:.35rem;padding-inline:.6rem;border-radius:var(--radius);min-block-size:2.5rem;line-height:1.8}
.shb-lang-links span{background:rgb(0 0 0 / .2);font-weight:700}
.shb-code{font-family:ui-monospace,monospace}
a.shb-button{text-decoration:none}`;

export interface KitPage {
  lang: Language;
  /** The tab's title. */
  title: string;
  /** The header's name (linked to `/`) and the line under it. */
  brand: string;
  subtitle?: string;
  /** The language links' label and where each language of this same page is. */
  languageLabel: string;
  hrefIn: (lang: Language) => string;
  /** Page-specific CSS (after the kit's). */
  styles?: string;
  /** `<meta name="robots">`, e.g. `noindex` for a document's verification. */
  robots?: string;
  /** The content of <main>, already escaped. */
  main: string;
}

/**
 * A server-rendered page in the platform's kit: the portals' header (brand, languages),
 * reading direction, skip link and main landmark, with the kit's stylesheet. Each language
 * is a link (`?lang=`, remembered by the server), not a script-driven select.
 */
export function renderKitPage(p: KitPage) {
  const { t, dir } = createTranslator(p.lang);
  const languages = LANGUAGES.map((l) =>
    l === p.lang
      ? `<span aria-current="page" lang="${l}">${escape(LANGUAGE_NAMES[l])}</span>`
      : `<a href="${escape(p.hrefIn(l))}" hreflang="${l}" lang="${l}">${escape(LANGUAGE_NAMES[l])}</a>`,
  ).join('');
  return `<!doctype html>
<html lang="${p.lang}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#1f6f50">${p.robots ? `\n<meta name="robots" content="${escape(p.robots)}">` : ''}
<title>${escape(p.title)}</title>
<style>${kitStyles()}
${PAGE_STYLES}${p.styles ? `\n${p.styles}` : ''}</style></head>
<body>
<div class="shb-app">
<a class="shb-skip" href="#main">${escape(t('common.skipToContent'))}</a>
<header class="shb-header"><div class="shb-header-bar">
<div class="shb-brand"><div class="shb-brand-text"><span class="shb-title"><a href="/">${escape(p.brand)}</a></span>${p.subtitle ? `<span class="shb-subtitle">${escape(p.subtitle)}</span>` : ''}</div></div>
<div class="shb-header-tools"><nav class="shb-lang-links" aria-label="${escape(p.languageLabel)}">${languages}</nav></div>
</div></header>
<main id="main" class="shb-main" tabindex="-1">
${p.main}
</main>
</div>
</body></html>`;
}
