import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  NOTIFICATION_TEMPLATES,
  notificationSampleParams,
  renderEmail,
  renderSms,
  senderOf,
  shortLink,
  smsSegments,
  templateVersion,
  type NotificationTemplate,
} from '@shabaka/api';
import { COMMUNES, LANGUAGES, type Language } from '@shabaka/db';
import { loadConfig } from './config';

/*
 * pnpm shabaka mail:preview <template> --lang ar [--commune tetouan] [--out preview.html]
 *
 * Renders a notice as the outbox worker would send it (same renderers, same sender rule, the
 * configured public URL), with sample values for the commune: the subject, sender, template
 * version and plain text, the SMS and its segments, then the HTML (to --out, or to stdout
 * after the text). Nothing is sent and no database is opened: the commune is one of the
 * reference communes.
 */

export const MAIL_HELP = `  pnpm shabaka mail:preview <template> --lang <ar|fr|es> [--commune <slug>] [--out <file.html>]`;

export class PreviewError extends Error {}

export interface MailPreview {
  template: NotificationTemplate;
  language: Language;
  version: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Null for an email-only template (account emails). */
  sms: string | null;
  smsSegments: { segments: number; encoding: string; characters: number } | null;
}

export async function mailPreview(p: {
  template: string | undefined;
  lang: string | undefined;
  commune?: string | undefined;
  publicUrl: string;
  mailFrom: string;
}): Promise<MailPreview> {
  const templates = Object.keys(NOTIFICATION_TEMPLATES);
  if (!p.template) throw new PreviewError(`<template>: name one of ${templates.join(', ')}`);
  if (!Object.hasOwn(NOTIFICATION_TEMPLATES, p.template))
    throw new PreviewError(`<template>: unknown template "${p.template}"; choose one of ${templates.join(', ')}`);
  if (!p.lang) throw new PreviewError(`--lang: give the recipient's language, one of ${LANGUAGES.join(', ')}`);
  if (!(LANGUAGES as readonly string[]).includes(p.lang))
    throw new PreviewError(`--lang: unknown language "${p.lang}"; choose one of ${LANGUAGES.join(', ')}`);
  const slug = p.commune ?? 'tetouan';
  const commune = COMMUNES.find((c) => c.slug === slug);
  if (!commune)
    throw new PreviewError(
      `--commune: unknown commune "${slug}"; choose one of ${COMMUNES.map((c) => c.slug).join(', ')}`,
    );
  const template = p.template as NotificationTemplate;
  const language = p.lang as Language;
  const params = notificationSampleParams(commune.codePrefix, language);
  const input = {
    template,
    language,
    params,
    communeNames: commune.names,
    link: shortLink(p.publicUrl, String(params.code)),
  };
  const mail = renderEmail(input);
  const hasSms = !!(NOTIFICATION_TEMPLATES[template] as { sms?: string }).sms;
  const sms = hasSms ? renderSms(input) : null;
  return {
    template,
    language,
    version: templateVersion(template, language),
    from: senderOf({ slug, names: commune.names, settings: {} }, language, p.mailFrom),
    ...mail,
    sms,
    smsSegments: sms === null ? null : await smsSegments(sms),
  };
}

export interface MailCliIo {
  stdout: { write(chunk: string): unknown };
  writeFile(path: string, text: string): Promise<void>;
  env: NodeJS.ProcessEnv;
}

export async function mailPreviewCli(
  args: string[],
  io: MailCliIo = { stdout: process.stdout, writeFile: (p, t) => writeFile(p, t), env: process.env },
) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { lang: { type: 'string' }, commune: { type: 'string' }, out: { type: 'string' } },
  });
  const config = loadConfig(io.env);
  const preview = await mailPreview({
    template: positionals[0],
    lang: values.lang,
    commune: values.commune,
    publicUrl: config.publicUrl ?? 'https://shabaka.ma',
    mailFrom: config.notifications.mailFrom,
  });
  const s = preview.smsSegments;
  const head = [
    `Template: ${preview.template} (${preview.language}), version ${preview.version}`,
    `From: ${preview.from}`,
    `Subject: ${preview.subject}`,
    '',
    preview.text,
    ...(s
      ? [
          `SMS (${s.characters} characters, ${s.encoding}, ${s.segments} segment${s.segments === 1 ? '' : 's'}):`,
          preview.sms,
        ]
      : ['SMS: none (this template goes by email only)']),
    '',
  ].join('\n');
  io.stdout.write(head);
  if (values.out) {
    const out = resolve(values.out);
    await io.writeFile(out, preview.html);
    io.stdout.write(`HTML written to ${out}\n`);
  } else {
    io.stdout.write(`HTML:\n${preview.html}`);
  }
}
