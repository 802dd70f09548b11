// React-free i18n entry: the server (landing page) and scripts import this.
export { createTranslator, translate, type Translator, type MessageValues } from './translate';
export { catalog, namespaces, type Catalog, type Messages } from './catalog';
export * from './languages';
