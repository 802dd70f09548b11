import type { Localized, OpenDataMeta } from '@shabaka/db';
import { LICENSE, fileNames } from './files';

/**
 * The catalogue in DCAT (JSON-LD), with DCAT-AP's mandatory properties — Catalog: dct:title,
 * dct:description, dct:publisher, dcat:dataset; Dataset: dct:title, dct:description; Distribution:
 * dcat:accessURL — and the recommended ones we can state truthfully: issued/modified, keywords,
 * theme and frequency (EU vocabularies), languages, licence, format and media type, download URL,
 * byte size, SHA-256 checksum and the Table Schema the file conforms to.
 */

const EU = 'http://publications.europa.eu/resource/authority';
const LANGUAGE_URIS = ['ARA', 'FRA', 'SPA'].map((c) => ({ '@id': `${EU}/language/${c}` }));

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  spdx: 'http://spdx.org/rdf/terms#',
  adms: 'http://www.w3.org/ns/adms#',
  owl: 'http://www.w3.org/2002/07/owl#',
} as const;

const texts = (l: Localized) => (['ar', 'fr', 'es'] as const).map((lang) => ({ '@value': l[lang], '@language': lang }));
const dateTime = (d: Date) => ({ '@value': d.toISOString(), '@type': 'xsd:dateTime' });

export interface CatalogVersion {
  dataset: string;
  version: number;
  sha256: string;
  bytes: number;
  publishedAt: Date;
  issued: Date;
  meta: OpenDataMeta;
}
export interface CatalogCommune {
  slug: string;
  names: Localized;
  versions: readonly CatalogVersion[];
}

/** Where a commune's files live under `base` (the server's public address). */
export const datasetBase = (base: string, slug: string, dataset: string) => `${base}/open-data/${slug}/${dataset}`;
export const catalogUrl = (base: string, slug: string | null) =>
  slug ? `${base}/open-data/${slug}/catalog.jsonld` : `${base}/open-data/catalog.jsonld`;

function publisher(base: string, c: Pick<CatalogCommune, 'slug' | 'names'>) {
  return { '@id': `${base}/${c.slug}/`, '@type': 'foaf:Agent', 'foaf:name': texts(c.names) };
}

function dataset(base: string, c: CatalogCommune, v: CatalogVersion) {
  const root = datasetBase(base, c.slug, v.dataset);
  const names = fileNames(v.version);
  const landing = `${base}/${c.slug}/open-data/${v.dataset}`;
  return {
    '@id': root,
    '@type': 'dcat:Dataset',
    'dct:identifier': `${c.slug}/${v.dataset}`,
    'dct:title': texts(v.meta.title),
    'dct:description': texts(v.meta.description),
    'dcat:keyword': v.meta.keywords.flatMap(texts),
    'dcat:theme': { '@id': `${EU}/data-theme/${v.meta.theme}` },
    'dct:accrualPeriodicity': { '@id': `${EU}/frequency/${v.meta.accrualPeriodicity}` },
    'dct:publisher': publisher(base, c),
    'dct:language': LANGUAGE_URIS,
    'dct:issued': dateTime(v.issued),
    'dct:modified': dateTime(v.publishedAt),
    'owl:versionInfo': String(v.version),
    'dcat:landingPage': { '@id': landing },
    'dcat:distribution': [
      {
        '@id': `${root}/${names.csv}`,
        '@type': 'dcat:Distribution',
        'dct:title': texts(v.meta.title),
        'dcat:accessURL': { '@id': landing },
        'dcat:downloadURL': { '@id': `${root}/${names.csv}` },
        'dct:format': { '@id': `${EU}/file-type/CSV` },
        'dcat:mediaType': { '@id': 'https://www.iana.org/assignments/media-types/text/csv' },
        'dct:license': { '@id': LICENSE.path },
        'dct:conformsTo': { '@id': `${root}/${names.schema}` },
        'dct:language': LANGUAGE_URIS,
        'dct:issued': dateTime(v.publishedAt),
        'dcat:byteSize': { '@value': String(v.bytes), '@type': 'xsd:nonNegativeInteger' },
        'spdx:checksum': {
          '@type': 'spdx:Checksum',
          'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' },
          'spdx:checksumValue': v.sha256,
        },
        'foaf:page': { '@id': `${root}/${names.readme}` },
      },
    ],
  };
}

const CATALOG_TEXT = {
  title: (name: Localized): Localized => ({
    ar: `البيانات المفتوحة لجماعة ${name.ar}`,
    fr: `Données ouvertes de la commune de ${name.fr}`,
    es: `Datos abiertos del municipio de ${name.es}`,
  }),
  description: (name: Localized): Localized => ({
    ar: `مجموعات البيانات التي تنشرها جماعة ${name.ar}: ملفات CSV بمخطط Frictionless، بنسخ ثابتة الروابط ودليل لكل حقل.`,
    fr: `Les jeux de données publiés par la commune de ${name.fr} : des CSV avec leur schéma Frictionless, versionnés à adresses stables, avec un guide de chaque champ.`,
    es: `Los conjuntos de datos que publica el municipio de ${name.es}: CSV con su esquema Frictionless, versionados con direcciones estables y una guía de cada campo.`,
  }),
};

const NETWORK = {
  description: {
    ar: 'مجموعات البيانات المفتوحة لجماعات الشبكة الخمس: تطوان، أصيلة، شفشاون، القصر الكبير والمضيق.',
    fr: 'Les jeux de données ouverts des communes du réseau : Tétouan, Asilah, Chefchaouen, Ksar El Kébir et M’diq.',
    es: 'Los conjuntos de datos abiertos de los municipios de la red: Tetuán, Arcila, Chauen, Alcazarquivir y Rincón.',
  },
} as const;

const modified = (versions: readonly CatalogVersion[]) =>
  versions.reduce<Date | null>((m, v) => (!m || v.publishedAt > m ? v.publishedAt : m), null);

/** One commune's catalogue. */
export function communeCatalog(base: string, c: CatalogCommune) {
  const last = modified(c.versions);
  return {
    '@context': DCAT_CONTEXT,
    '@id': catalogUrl(base, c.slug),
    '@type': 'dcat:Catalog',
    'dct:title': texts(CATALOG_TEXT.title(c.names)),
    'dct:description': texts(CATALOG_TEXT.description(c.names)),
    'dct:publisher': publisher(base, c),
    'dct:language': LANGUAGE_URIS,
    'dct:license': { '@id': LICENSE.path },
    'foaf:homepage': { '@id': `${base}/${c.slug}/open-data` },
    ...(last ? { 'dct:modified': dateTime(last) } : {}),
    'dcat:dataset': c.versions.map((v) => dataset(base, c, v)),
  };
}

/** The network's catalogue: every commune's datasets, and each commune's catalogue as a part. */
export function networkCatalog(base: string, communes: readonly CatalogCommune[], names: Localized) {
  const last = modified(communes.flatMap((c) => c.versions));
  return {
    '@context': DCAT_CONTEXT,
    '@id': catalogUrl(base, null),
    '@type': 'dcat:Catalog',
    'dct:title': texts(names),
    'dct:description': texts(NETWORK.description),
    'dct:publisher': { '@id': `${base}/`, '@type': 'foaf:Agent', 'foaf:name': texts(names) },
    'dct:language': LANGUAGE_URIS,
    'dct:license': { '@id': LICENSE.path },
    ...(last ? { 'dct:modified': dateTime(last) } : {}),
    'dcat:catalog': communes.map((c) => ({ '@id': catalogUrl(base, c.slug), '@type': 'dcat:Catalog' })),
    'dcat:dataset': communes.flatMap((c) => c.versions.map((v) => dataset(base, c, v))),
  };
}
