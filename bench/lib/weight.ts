import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip as a server would send it: node:zlib at level 9. */
export const gzipSize = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

export interface FirstLoad {
  js: string[];
  css: string[];
  jsBytes: number;
  jsGzip: number;
  cssBytes: number;
  cssGzip: number;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

/** Static `import … from "./x.js"` / `import "./x.js"` of a built chunk (not dynamic `import()`). */
function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (let m = re.exec(code); m; m = re.exec(code)) out.push(m[1]!);
  return out;
}

/**
 * What a browser fetches before the first render of a built Vite app: the module script(s)
 * of dist/index.html, its modulepreload links, their static imports (transitively), and
 * its stylesheets. Lazy chunks (dynamic import) are not counted.
 */
export function firstLoad(dist: string): FirstLoad {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const toFile = (href: string) => {
    // Hrefs are absolute under the app's base (/tetouan/assets/x.js) or relative (assets/x.js).
    const i = href.indexOf('assets/');
    return i >= 0 ? join(dist, href.slice(i)) : join(dist, href.replace(/^\.?\//, ''));
  };
  const js = new Set<string>();
  const css = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    const rel = attr(tag, 'rel');
    if (isScript && /type\s*=\s*["']module["']/i.test(tag) && attr(tag, 'src')) js.add(toFile(attr(tag, 'src')!));
    else if (!isScript && rel === 'modulepreload' && attr(tag, 'href')) js.add(toFile(attr(tag, 'href')!));
    else if (!isScript && rel === 'stylesheet' && attr(tag, 'href')) css.add(toFile(attr(tag, 'href')!));
  }
  const queue = [...js];
  while (queue.length) {
    const file = queue.pop()!;
    if (!existsSync(file)) throw new Error(`${file} is referenced by ${dist}/index.html but missing`);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      const dep = spec.startsWith('/') ? toFile(spec) : join(file, '..', spec);
      if (!js.has(dep)) {
        js.add(dep);
        queue.push(dep);
      }
    }
  }
  const sum = (files: Set<string>, f: (b: Buffer) => number) => [...files].reduce((s, p) => s + f(readFileSync(p)), 0);
  return {
    js: [...js],
    css: [...css],
    jsBytes: sum(js, (b) => b.length),
    jsGzip: sum(js, gzipSize),
    cssBytes: sum(css, (b) => b.length),
    cssGzip: sum(css, gzipSize),
  };
}
