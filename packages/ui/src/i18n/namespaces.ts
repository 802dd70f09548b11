import type { Language } from './languages';
import type { Messages, Namespace } from './types';

export type { Namespace } from './types';
export type MessagesLoader = () => Promise<{ default: Messages }>;

/**
 * The browser's catalogs, found by Vite from the folders of ./messages (a new namespace is a
 * new folder): one lazy chunk per namespace and language, so a browser fetches only the
 * language it shows. Node code uses ./all.ts instead.
 */
const files = import.meta.glob<{ default: Messages }>(['./messages/*/*.ts', '!./messages/*Menu/*.ts']);
/**
 * `*Menu` namespaces (a section's menu entry and home card, a few words each) are bundled with
 * the first load in every language: the menu is on every page, and a chunk per section and
 * language would cost more requests than their bytes. A new section brings its own folder, so
 * no central catalog lists the sections.
 */
const menus = import.meta.glob<{ default: Messages }>('./messages/*Menu/*.ts', { eager: true });
for (const [path, module] of Object.entries(menus)) files[path] = () => Promise.resolve(module);

/** One dynamic import per namespace and language. */
export const loaders = {} as Record<Namespace, Record<Language, MessagesLoader>>;
for (const [path, load] of Object.entries(files)) {
  const [, ns, lang] = /^\.\/messages\/([^/]+)\/([^/]+)\.ts$/.exec(path)!;
  ((loaders[ns as Namespace] ??= {} as Record<Language, MessagesLoader>) as Record<string, MessagesLoader>)[lang!] =
    load;
}

/** Every catalog namespace, sorted. */
export const NAMESPACES = Object.keys(loaders).sort() as Namespace[];

/** The `*Menu` namespaces, in the first load of every app. */
export const MENU_NAMESPACES = NAMESPACES.filter((ns) => ns.endsWith('Menu'));
