import { describe, expect, it } from 'vitest';
import { mailPreview, mailPreviewCli, PreviewError } from '../src/cli-mail';

const base = { publicUrl: 'https://shabaka.ma', mailFrom: 'Shabaka <no-reply@shabaka.ma>' };

function io() {
  const out = { stdout: '', files: new Map<string, string>() };
  return {
    out,
    io: {
      stdout: { write: (c: string) => (out.stdout += c) },
      writeFile: async (p: string, t: string) => void out.files.set(p, t),
      env: { SHABAKA_PUBLIC_URL: 'https://shabaka.ma' },
    },
  };
}

describe('pnpm shabaka mail:preview', () => {
  it('renders a template as the worker sends it, in Arabic, with sample values for the commune', async () => {
    const p = await mailPreview({ ...base, template: 'complaint.updated', lang: 'ar', commune: 'asilah' });
    expect(p.from).toBe('"أصيلة" <no-reply@shabaka.ma>');
    expect(p.subject).toContain('ASL-2026-000123');
    expect(p.subject).toContain('أصيلة');
    // The stage in words of the recipient's language, the staff's public note, the short link.
    expect(p.text).toContain('تمت معالجتها');
    expect(p.text).not.toMatch(/\bresolved\b/);
    expect(p.text).toContain('تم إصلاح الحفرة');
    expect(p.text).toContain('https://shabaka.ma/t/ASL-2026-000123');
    expect(p.html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(p.html).toContain('<bdi dir="ltr">ASL-2026-000123</bdi>');
    expect(p.version).toMatch(/^[0-9a-f]{12}$/);
    expect(p.smsSegments).toMatchObject({ segments: 1, encoding: 'UCS-2' });
  });

  it('prints subject and text, writes the HTML to --out or stdout', async () => {
    const a = io();
    await mailPreviewCli(['complaint.received', '--lang', 'fr', '--out', 'preview.html'], a.io);
    expect(a.out.stdout).toMatch(/^Template: complaint\.received \(fr\), version [0-9a-f]{12}\n/);
    expect(a.out.stdout).toContain('Subject: Tétouan : votre réclamation TET-2026-000123 a bien été reçue');
    expect(a.out.stdout).toContain('SMS (');
    const [path, html] = [...a.out.files][0]!;
    expect(path).toMatch(/preview\.html$/);
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(a.out.stdout).toContain(`HTML written to ${path}`);

    const b = io();
    await mailPreviewCli(['complaint.received', '--lang', 'es', '--commune', 'mdiq'], b.io);
    expect(b.out.stdout).toContain('HTML:\n<!doctype html>\n<html lang="es" dir="ltr">');
    expect(b.out.files.size).toBe(0);

    // An account email has no SMS text.
    const c = io();
    await mailPreviewCli(['account.verify', '--lang', 'ar', '--out', 'verify.html'], c.io);
    expect(c.out.stdout).toContain('SMS: none (this template goes by email only)');
  });

  it('names the unknown template, language or commune', async () => {
    const err = (p: Partial<Parameters<typeof mailPreview>[0]>) =>
      mailPreview({ ...base, template: 'complaint.received', lang: 'ar', ...p });
    await expect(err({ template: 'complaint.lost' })).rejects.toThrow(
      /^<template>: unknown template "complaint\.lost"; choose one of .*complaint\.received/,
    );
    await expect(err({ template: undefined })).rejects.toThrow(/^<template>: name one of /);
    await expect(err({ lang: 'en' })).rejects.toThrow('--lang: unknown language "en"; choose one of ar, fr, es');
    await expect(err({ lang: undefined })).rejects.toThrow(/^--lang: /);
    await expect(err({ commune: 'rabat' })).rejects.toThrow(
      /^--commune: unknown commune "rabat"; choose one of tetouan/,
    );
    await expect(err({ lang: 'en' })).rejects.toBeInstanceOf(PreviewError);
  });
});
