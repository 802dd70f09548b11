import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';

const h = useHarness();

/**
 * What people type when looking for a procedure, and the procedure they mean (issue 12),
 * against the seeded catalogue: Arabic, French and Spanish, as spelt, without accents,
 * with typos, one wrong letter, and Moroccan (Darija) spellings.
 */
const QUERIES: [q: string, first: string, why: string][] = [
  // The residence certificate: the README's example and the cases.
  ['شهادة السكنى', 'residence-certificate', 'ar, exact title'],
  ['certificat de résidence', 'residence-certificate', 'fr, exact title'],
  ['certificat de residence', 'residence-certificate', 'fr, no accent'],
  ['certificat de residance', 'residence-certificate', "fr, typo (the README's example)"],
  ['certifica de residance', 'residence-certificate', 'fr, two typos'],
  ['certficat de residence', 'residence-certificate', 'fr, missing letter'],
  ['شهادة السكتى', 'residence-certificate', 'ar, one wrong letter (ت for ن)'],
  ['شهادت السكنى', 'residence-certificate', 'ar, Darija spelling (ت for ة)'],
  ['شهادة سكنى', 'residence-certificate', 'ar, no article'],
  ['شهادة الإقامة', 'residence-certificate', 'ar, synonym'],
  ['certificado de residencia', 'residence-certificate', 'es, exact title'],
  ['certificado de recidencia', 'residence-certificate', 'es, typo'],
  ['empadronamiento', 'residence-certificate', 'es, synonym'],
  // Civil status.
  ['acte de naissance', 'birth-certificate-extract', 'fr, synonym shared with the full copy'],
  ['extrait acte naissence', 'birth-certificate-extract', 'fr, typo, no article'],
  ['عقد الازدياد', 'birth-certificate-extract', 'ar, Moroccan name'],
  ['عقد الزيادة', 'birth-certificate-extract', 'ar, Darija spelling'],
  ['partida de nacimiento', 'birth-certificate-extract', 'es'],
  ['copie integrale', 'birth-full-copy', 'fr, no accent'],
  ['نسخة كاملة', 'birth-full-copy', 'ar'],
  ['declaration de naissance', 'birth-declaration', 'fr, no accent'],
  ['تسجيل المولود', 'birth-declaration', 'ar, synonym'],
  ['inscripcion de nacimiento', 'birth-declaration', 'es, no accent'],
  ['acte de mariage', 'marriage-certificate-extract', 'fr'],
  ['عقد الزواج', 'marriage-certificate-extract', 'ar'],
  ['acta de matrimonio', 'marriage-certificate-extract', 'es'],
  ['acte de deces', 'death-certificate-extract', 'fr, no accent'],
  ['عقد الوفاة', 'death-certificate-extract', 'ar'],
  ['partida de defuncion', 'death-certificate-extract', 'es, no accent'],
  ["permis d'inhumer", 'burial-permit', 'fr'],
  ['رخصة الدفن', 'burial-permit', 'ar'],
  ['licencia de inhumacion', 'burial-permit', 'es, no accent'],
  // Legalisation and copies.
  ['légalisation de signature', 'signature-legalisation', 'fr'],
  ['lagalisation signatur', 'signature-legalisation', 'fr, typos'],
  ['تصحيح الامضاء', 'signature-legalisation', 'ar, bare alef'],
  ['تصحيح الإمضا', 'signature-legalisation', 'ar, Darija spelling (no final hamza)'],
  ['تصديق الامضاء', 'signature-legalisation', 'ar, other verb'],
  ['legalizacion de firma', 'signature-legalisation', 'es, no accent'],
  ['copie conforme', 'certified-copy', 'fr'],
  ['نسخة مطابقة للأصل', 'certified-copy', 'ar'],
  ['compulsa de copias', 'certified-copy', 'es'],
  // Urbanism, business, public space, utilities.
  ['permis de construire', 'building-permit', 'fr'],
  ['permi de construir', 'building-permit', 'fr, typos'],
  ['رخصة البناء', 'building-permit', 'ar'],
  ['رخصه البنا', 'building-permit', 'ar, Darija spelling'],
  ['rokhsa', 'building-permit', 'Darija in Latin letters'],
  ['licencia de obras', 'building-permit', 'es'],
  ["permis d'habiter", 'habitation-permit', 'fr'],
  ['رخصة السكن', 'habitation-permit', 'ar (not the residence certificate)'],
  ['certificat de conformite', 'habitation-permit', 'fr, no accent'],
  ['licencia de primera ocupacion', 'habitation-permit', 'es, no accent'],
  ['رخصة الإصلاح', 'repair-works-permit', 'ar'],
  ['permiso de reforma', 'repair-works-permit', 'es'],
  ['attestation administrative', 'administrative-certificate', 'fr'],
  ['شهادة ادارية', 'administrative-certificate', 'ar, bare alef'],
  ['certificado administrativo', 'administrative-certificate', 'es'],
  ['patente', 'business-licence', 'fr'],
  ['رخصة تجارية', 'business-licence', 'ar'],
  ['terrasse cafe', 'public-space-occupation', 'fr, no accent'],
  ["compteur d'eau", 'utility-connection', 'fr'],
  ['عداد الماء', 'utility-connection', 'ar'],
  ['contador de agua', 'utility-connection', 'es'],
];

describe('search ranks the procedure meant first', () => {
  it('has at least 30 real queries in the three languages', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  for (const [q, first, why] of QUERIES) {
    it(`"${q}" (${why}) → ${first}`, async () => {
      const { results } = await h.anon().procedures.search({ commune: 'tetouan', q });
      expect(results.map((r) => r.code)[0], results.map((r) => `${r.code} ${r.score.toFixed(2)}`).join(', ')).toBe(
        first,
      );
    });
  }
});

describe('search cuts the long tail', () => {
  it('shows little beside a near-exact hit', async () => {
    const ar = await h.anon().procedures.search({ commune: 'tetouan', q: 'شهادة السكنى' });
    expect(ar.results.map((r) => r.code)).not.toContain('building-permit');
    expect(ar.results.length).toBeLessThanOrEqual(2);
    const fr = await h.anon().procedures.search({ commune: 'tetouan', q: 'certificat de résidence' });
    expect(fr.results.map((r) => r.code)).toEqual(['residence-certificate']);
  });

  it('keeps close alternatives when nothing is near-exact, and nothing for gibberish', async () => {
    const typo = await h.anon().procedures.search({ commune: 'tetouan', q: 'certificat de residance' });
    expect(typo.results[0]!.code).toBe('residence-certificate');
    expect(typo.results.length).toBeGreaterThan(1);
    expect(typo.results.every((r, i) => i === 0 || r.score <= typo.results[i - 1]!.score)).toBe(true);
    const none = await h.anon().procedures.search({ commune: 'tetouan', q: 'qqqzzz wwwxxx' });
    expect(none.results).toEqual([]);
  });

  it('completes the word being typed', async () => {
    const typing = await h.anon().procedures.search({ commune: 'tetouan', q: 'certificat de rési' });
    expect(typing.results[0]!.code).toBe('residence-certificate');
    const arabic = await h.anon().procedures.search({ commune: 'tetouan', q: 'عقد الازد' });
    expect(arabic.results[0]!.code).toBe('birth-certificate-extract');
  });
});
