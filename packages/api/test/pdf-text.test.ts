import { describe, expect, it } from 'vitest';
import { pdfForViewer } from '../src/documents/service';
import { visualRuns } from '../src/pdf/bidi';
import { procedureSheetPdf } from '../src/procedures/sheet-service';
import { renderComplaintReceipt, renderInformationReceipt } from '../src/receipts/pdf';
import { useHarness } from './harness';
import { pdfText } from './pdftotext';

const h = useHarness({
  signing: { secret: 'test-only-secret-0123456789abcdefghijklmnopqrstuvwxyz', publicUrl: 'https://x.ma' },
});

describe('bidi (UAX #9)', () => {
  it('lays an Arabic address with a number inside a French line out right to left', () => {
    const runs = visualRuns('Avenue شارع 20 غشت, Tétouan', 'ltr');
    // Read from the left: the number sits between the two Arabic words, the street name at the right.
    expect(runs.map((r) => [r.text, r.rtl])).toEqual([
      ['Avenue ', false],
      [' غشت', true],
      ['20', false],
      ['شارع ', true],
      [', Tétouan', false],
    ]);
  });
});

const at = new Date('2026-03-07T10:00:00Z');
/** Spacing at a change of direction is the extractor's guess: compare the characters' order. */
const squash = (s: string) => s.replace(/\s+/g, '');

describe('the text layer reads back as written (pdftotext)', () => {
  it('complaint and information receipts: every Arabic line, letter for letter', async () => {
    const base = {
      code: 'TET-2026-000081',
      communeNames: { ar: 'تطوان', fr: 'Tétouan', es: 'Tetuán' },
      secret: 'AB12CD34',
      trackingUrl: 'https://x.ma/tetouan/track/TET-2026-000081',
      receivedAt: at,
    };
    const complaint = pdfText(
      await renderComplaintReceipt(
        {
          ...base,
          kind: 'complaint',
          channel: 'open311',
          categoryNames: { ar: 'الإنارة العمومية', fr: 'Éclairage public', es: 'Alumbrado' },
          ackDueAt: at,
          answerDueAt: at,
        },
        at,
      ),
      'receipt',
    );
    // Before: "وصل الإتداع", "الصبف", "تطبتق", "اجتفطوا نهدا الوصل" (one dotless body read as one letter).
    for (const line of [
      'جماعة تطوان',
      'وصل الإيداع',
      'رمز التتبع',
      'تاريخ الاستلام',
      'الصنف',
      'الإنارة العمومية',
      'النوع',
      'شكاية',
      'قناة الإيداع',
      'أجل الإشعار بالتوصل',
      'أجل الجواب',
      'تتبعوا طلبكم عبر الإنترنت',
    ])
      expect(complaint).toContain(line);
    // A letter keeps its shadda: "يمكّن", not "يمّكن".
    expect(complaint.join('\n')).toContain('والرمز السري يمكّن من التصرف فيه باسمكم');
    expect(complaint.join('\n')).toContain('تطبيق');

    const information = pdfText(
      await renderInformationReceipt(
        {
          ...base,
          channel: 'counter',
          deliveryChannel: 'electronic_document',
          urgent: true,
          firstCountedDay: '2026-03-09',
          workingDays: 3,
          dueAt: at,
        },
        at,
      ),
      'information',
    );
    for (const line of ['وصل طلب الحصول على المعلومات', 'الشباك', 'طريقة التوصل المطلوبة', 'وثيقة إلكترونية موقعة'])
      expect(information).toContain(line);
  });

  it('procedure sheets', async () => {
    const sheet = await procedureSheetPdf(
      { db: h.handle.db, clock: h.clock },
      'tetouan',
      'residence-certificate',
      'https://x.ma',
    );
    const text = pdfText(sheet!.pdf, 'sheet');
    for (const line of [
      'جماعة تطوان',
      'بطاقة المسطرة الإدارية',
      'شهادة السكنى',
      'الوثائق المطلوبة',
      'الرسوم',
      'أجل المعالجة',
    ])
      expect(text).toContain(line);
  });

  it('procedure sheets print an unconfirmed legal reference as it stands, without a note for staff', async () => {
    const sheet = await procedureSheetPdf(
      { db: h.handle.db, clock: h.clock },
      'tetouan',
      'building-permit',
      'https://x.ma',
    );
    const text = pdfText(sheet!.pdf, 'sheet-legal').join('\n');
    // The building rules (seeded `toVerify`) are still listed…
    expect(text).toContain('2-18-577');
    // …but the doubt is staff's, in the desk: no "(à vérifier)" or "(يتعين التحقق)" on paper.
    expect(text).not.toMatch(/vérifier|يتعين التحقق|to verify/);
  });

  it('procedure sheets say where to go with what staff filled: no "city centre", the phone in order in Arabic', async () => {
    const sheetText = async (name: string) => {
      const sheet = await procedureSheetPdf(
        { db: h.handle.db, clock: h.clock },
        'asilah',
        'residence-certificate',
        'https://x.ma',
      );
      return pdfText(sheet!.pdf, name).join('\n');
    };
    const before = await sheetText('sheet-places-before');
    expect(before).toContain('Hôtel de ville de Asilah');
    expect(before).not.toMatch(/Centre-ville|وسط المدينة/);
    const { caller: head } = await h.user('head.sheet@example.ma', ['asilah:department_head']);
    const hall = (await head.servicePoints.staffList({ commune: 'asilah' })).find((p) => p.kind === 'town_hall')!;
    await head.servicePoints.update({
      commune: 'asilah',
      id: hall.id,
      patch: {
        address: { ar: 'ساحة محمد الخامس', fr: 'Place Mohammed V', es: 'Plaza Mohammed V' },
        directions: { ar: 'قرب باب الحومر', fr: 'Près de Bab Homar', es: 'Cerca de Bab Homar' },
        phone: '0539 41 70 25',
      },
    });
    const after = await sheetText('sheet-places-after');
    for (const line of ['Place Mohammed V', 'ساحة محمد الخامس', 'Près de Bab Homar', 'قرب باب الحومر'])
      expect(after).toContain(line);
    expect(after).toContain('Tél. 0539 41 70 25');
    // Isolated left to right: the digits keep their order inside the Arabic line.
    expect(squash(after)).toContain(squash('0539 41 70 25'));
    expect(after.match(/0539 ?41 ?70 ?25/g)?.length).toBe(2);
  });

  it('signed documents: a French paragraph keeps an Arabic name in order, an Arabic one a Latin name', async () => {
    const agent = await h.user('agent@mdiq.example', ['mdiq:agent']);
    const issue = async (language: 'fr' | 'ar', name: string, address: string) => {
      const doc = await agent.caller.documents.issue({
        commune: 'mdiq',
        template: 'residence_certificate',
        recipient: { name, cin: 'L123456' },
        fields: { address, since: '2019-09-01' },
        language,
        delivery: 'electronic',
      });
      const r = await pdfForViewer(h.deps, doc.code, { userId: agent.id });
      if (!r || r === 'forbidden') throw new Error(`no pdf for ${doc.code}`);
      return pdfText(r.pdf, doc.code);
    };
    const fr = await issue('fr', 'فاطمة الزهراء العمراني', '12, rue Al Massira, M’diq');
    expect(fr).toContain(
      "La Commune de M'diq certifie que فاطمة الزهراء العمراني, titulaire de la CNIE n° L123456, réside à",
    );

    const ar = await issue('ar', 'Fatima Zahra El Amrani', '12، شارع المسيرة، المضيق');
    expect(ar).toContain('المملكة المغربية');
    expect(ar).toContain('وثيقة موقعة إلكترونيا من طرف جماعة المضيق.');
    const body = squash(ar.join(''));
    expect(body).toContain(squash('تشهد جماعة المضيق بأن السيد/السيدة'));
    expect(body).toContain(squash('Fatima Zahra El Amrani'));
    expect(body).toContain(squash('حرر بالمضيق في 7 مارس 2026'));
  });

  it('a subsidy convention prints the amount, the plan and the association’s obligations in both languages', async () => {
    const agent = await h.user('pdf.subsidy@mdiq.example', ['mdiq:agent', 'mdiq:department_head']);
    const a = await agent.caller.associations.create({
      commune: 'mdiq',
      names: { ar: 'جمعية البحر للبيئة', fr: 'Association Bahr pour l’environnement' },
      object: 'Nettoyage des plages et sensibilisation des estivants.',
      sectors: ['environment'],
      seatNeighbourhood: 'Centre',
    });
    const { id } = await agent.caller.subsidies.grant({
      commune: 'mdiq',
      associationId: a.id,
      project: { ar: 'تنظيف الشاطئ', fr: 'Nettoyage de la plage' },
      amountMad: 75_000,
      year: 2026,
      deliberation: 'n° 9/2026',
    });
    await agent.caller.subsidies.prepare({
      commune: 'mdiq',
      id,
      deliverables: [{ ar: 'عشر حملات نظافة', fr: 'Dix campagnes de nettoyage' }],
      tranches: [
        { amountMad: 50_000, dueOn: '2026-04-01', afterReport: null },
        { amountMad: 25_000, dueOn: '2026-10-01', afterReport: 'interim' },
      ],
      reports: [
        { kind: 'interim', dueOn: '2026-07-15' },
        { kind: 'final', dueOn: '2027-01-31' },
      ],
    });
    const signed = await agent.caller.subsidies.sign({ commune: 'mdiq', id });
    const r = await pdfForViewer(h.deps, signed.code, { userId: agent.id });
    if (!r || r === 'forbidden') throw new Error(`no pdf for ${signed.code}`);
    const lines = pdfText(r.pdf, signed.code);
    const text = lines.join('\n');
    expect(text).toContain('Convention de partenariat et de subvention');
    expect(text).toContain('75 000');
    expect(text).toContain('1. 50 000 MAD — 2026-04-01');
    expect(text).toContain('2. 25 000 MAD — 2026-10-01 — après acceptation du rapport intermédiaire');
    expect(text).toContain('Dix campagnes de nettoyage');
    expect(text).toContain('article 32 du dahir');
    const body = squash(lines.join(''));
    expect(body).toContain(squash('اتفاقية شراكة ودعم'));
    // The association named in each paragraph in that paragraph's language.
    expect(squash(text)).toContain(squash('l’association « Association Bahr pour l’environnement », ci-après'));
    expect(text).not.toMatch(/Bahr pour l’environnement — /);
    expect(body).toContain(squash('جمعية البحر للبيئة'));
    expect(lines.filter((l) => /[\u0600-\u06FF]/.test(l) && l.includes('Bahr'))).toEqual([]);
    expect(body).toContain(squash('بعد قبول التقرير المرحلي'));
    expect(body).toContain(squash('عشر حملات نظافة'));
  });
});
