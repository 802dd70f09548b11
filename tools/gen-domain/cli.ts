/**
 * pnpm gen:domain <name> [--ar <title>] [--fr <title>] [--es <title>]
 * Writes the skeleton of a new domain and registers it; prints what it created and edited.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateDomain } from './generate';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { ar: { type: 'string' }, fr: { type: 'string' }, es: { type: 'string' } },
});
const name = positionals[0];
if (!name || positionals.length > 1) {
  console.error('Usage: pnpm gen:domain <kebab-name> [--ar <title>] [--fr <title>] [--es <title>]');
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
try {
  const r = await generateDomain({ root, name, titles: values });
  console.log(`Domain "${r.names.kebab}" generated.\n\nIts folders:\n${r.folders.map((f) => `  ${f}/`).join('\n')}`);
  console.log(`\nNew files:\n${r.created.map((f) => `  ${f}`).join('\n')}`);
  console.log(
    `\nRegistration edits outside its folders (${r.edited.length}):\n${r.edited.map((f) => `  ${f}`).join('\n')}`,
  );
  console.log(
    `\nNext: translate the texts in packages/ui/src/i18n/messages/${r.names.camel}/ and portal/, then\n` +
      `  pnpm turbo run typecheck --output-logs=errors-only && cd packages/api && pnpm exec vitest run test/${r.names.kebab}.test.ts\n` +
      `The portal section stays hidden until a commune enables the "${r.names.kebab}" module (city config or communes.modules).`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
