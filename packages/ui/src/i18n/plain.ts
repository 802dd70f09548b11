/**
 * A message with no ICU syntax formats to itself: no argument or tag (`{ } < >`), and no quote
 * that ICU would read as an escape (`''`, or `'` before a syntax character). Most of the
 * catalogs' messages are such plain text; skipping IntlMessageFormat for them keeps a page's
 * first render from parsing hundreds of messages on a slow phone (translate.test.ts checks the
 * shortcut gives what IntlMessageFormat gives, for every message of every catalog).
 */
export const isPlainMessage = (source: string) => !/[{}<>]|'['#|{}<>]/.test(source);
