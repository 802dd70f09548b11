import { describe, expect, it } from 'vitest';
import { listProcedures } from '../src/access-policy';
import { appRouter } from '../src/root';
import { useHarness } from './harness';

const h = useHarness({
  signing: { secret: 'test-only-secret-0123456789abcdefghijklmnopqrstuvwxyz', publicUrl: 'https://shabaka.example' },
});

// Markers planted in Tetouan's internal data: none may reach anyone outside Tetouan's staff.
const SECRET = {
  internal: 'INTERNAL-NOTE-7f3a',
  phone: '+212 611 22 33 44',
  email: 'secret.citizen@example.ma',
  name: 'Citizen Secretname',
  // Issue 10: what only staff and the owner read.
  description: 'PRIVATE-DESCRIPTION-4b1e',
  address: '12 Rue Cachée (home of Fatima)',
  reopenReason: 'PENDING-REOPEN-REASON-77aa',
  ratingComment: 'PENDING-RATING-COMMENT-c3d9',
  // Issue 14: an association's bureau CINs and bank details (staff and its verified representatives only).
  bureauCin: 'QX771155',
  rib: '230450000099887766554433',
  // Issue 14's ledger: payment references and the contents of an association's reports stay internal.
  paymentRef: 'PAYREF-SECRET-5e2c',
  reportNarrative: 'REPORT-NARRATIVE-9d1f: what the association spent, line by line.',
  // Issue 14's calls: a dossier's summary, a member's declared conflict and comment stay with staff,
  // the association and the call's committee.
  dossierSummary: 'DOSSIER-SUMMARY-3c8e: the project as the association describes it.',
  conflictNote: 'CONFLICT-NOTE-a41b',
  scoreComment: 'SCORE-COMMENT-e90d',
  // Issue 15: who contributed to the draft PAC (the public sees contributions, not their authors).
  contributorEmail: 'pac-contributor-7f3a@example.ma',
  // Issue 15's petitions: the mandataire's and each signer's identity (the mandataire and the bureau only).
  mandataireName: 'Mandataire Secretname',
  mandataireCin: 'MZ445566',
  signerName: 'Signer Hiddenname',
  signerCin: 'SG998877',
  signerAddress: '7 Derb Sirri (signer home)',
  // Issue 15's prioritisation: who proposed, and the CINs voters gave online and at the counter (only their
  // HMAC is stored; nobody reads them back).
  proposerEmail: 'pac-proposer-1c2d@example.ma',
  voterCin: 'VT556677',
  paperCin: 'PB889900',
  // Issue 15's workshops: who registered (the public and other communes see a count).
  registrantEmail: 'ws-registrant-5c1d@example.ma',
  // Issue 16's instances: a member's contact details (the secretariat only; name and declaration are public),
  // and a recommendation still in draft (the instance's managers only).
  memberEmail: 'ieecag-member-8e2f@example.ma',
  memberPhone: '0677889900',
  draftRecommendation: 'DRAFT-RECOMMENDATION-5a7c',
};

describe('no internal data of one commune in another’s hands', () => {
  // Every query times every input times three callers: well over the default timeout on a loaded 2-core machine.
  it(
    'walks every query with every plausible input, as Asilah staff and anonymously',
    { timeout: 180_000 },
    async () => {
      const tetAgent = await h.user('leak.agent@tetouan.example', ['tetouan:agent']);
      const categoryId = (await h.anon().complaints.categories({ commune: 'tetouan' }))[0]!.id;
      const r = await h.anon().complaints.submit({
        commune: 'tetouan',
        categoryId,
        description: 'A public description of a broken bench.',
        location: { lat: 35.57, lon: -5.37 },
        contact: { name: SECRET.name, phone: SECRET.phone, email: SECRET.email },
        replyChannel: 'sms',
      });
      await tetAgent.caller.complaints.assign({
        commune: 'tetouan',
        id: r.id,
        internalNote: SECRET.internal,
        publicNote: 'We are on it.',
      });
      const association = await tetAgent.caller.associations.create({
        commune: 'tetouan',
        names: { ar: 'جمعية الاختبار', fr: 'Association Test' },
        object: 'An association whose private part must stay private.',
        sectors: ['social'],
        seatNeighbourhood: 'Centre',
        bureau: [{ name: 'Membre Fictif', role: 'Président', cin: SECRET.bureauCin }],
        rib: SECRET.rib,
      });
      // A requester not yet verified is a caller like the others below.
      const requester = await h.user('leak.requester@example.ma');
      await requester.caller.associations.requestRepresentation({
        commune: 'tetouan',
        id: association.id,
        role: 'Membre',
      });
      expect(
        JSON.stringify(await tetAgent.caller.associations.private({ commune: 'tetouan', id: association.id })),
      ).toContain(SECRET.rib);
      // A subsidy of that association, paid, with a report filed (at the counter, by staff).
      const tetHead = await h.user('leak.head@tetouan.example', ['tetouan:department_head']);
      const subsidy = await tetAgent.caller.subsidies.grant({
        commune: 'tetouan',
        associationId: association.id,
        project: { ar: 'مشروع الاختبار', fr: 'Projet test' },
        amountMad: 60_000,
        year: 2026,
        deliberation: 'Délibération n° 1/2026',
      });
      await tetAgent.caller.subsidies.prepare({
        commune: 'tetouan',
        id: subsidy.id,
        deliverables: [{ ar: 'مخرج', fr: 'Livrable' }],
        tranches: [{ amountMad: 60_000, dueOn: '2026-03-01', afterReport: null }],
        reports: [{ kind: 'final', dueOn: '2026-12-31' }],
      });
      await tetHead.caller.subsidies.sign({ commune: 'tetouan', id: subsidy.id });
      await tetHead.caller.subsidies.pay({
        commune: 'tetouan',
        id: subsidy.id,
        n: 1,
        paidOn: '2026-03-02',
        paymentRef: SECRET.paymentRef,
      });
      const reportId = (await tetAgent.caller.subsidies.staffList({ commune: 'tetouan' }))[0]!.reports[0]!.id;
      await tetAgent.caller.subsidies.fileReport({
        commune: 'tetouan',
        reportId,
        narrative: SECRET.reportNarrative,
        financialFile: { dataBase64: Buffer.from('%PDF-1.4\n% accounts\n').toString('base64') },
      });
      expect(JSON.stringify(await tetAgent.caller.subsidies.staffList({ commune: 'tetouan' }))).toContain(
        SECRET.paymentRef,
      );
      // A call for projects with that association's dossier (filed at the counter), scored by a member
      // who declared a conflict on it and scored by another.
      const call = await tetAgent.caller.calls.create({
        commune: 'tetouan',
        title: { ar: 'طلب مشاريع', fr: 'Appel à projets' },
        description: { ar: 'وصف الطلب', fr: 'Description de l’appel' },
        year: 2026,
        envelopeMad: 100_000,
        eligibility: { seatInCommune: true, minYearsConstituted: 0 },
        criteria: [{ key: 'relevance', label: { ar: 'الملاءمة', fr: 'Pertinence' }, weight: 1 }],
        checklist: [{ key: 'statutes', label: { ar: 'القانون الأساسي', fr: 'Statuts' }, required: true }],
        opensOn: '2026-03-01',
        closesOn: '2026-03-31',
      });
      await tetHead.caller.calls.open({ commune: 'tetouan', id: call.id });
      const dossier = await tetAgent.caller.calls.submit({
        commune: 'tetouan',
        callId: call.id,
        associationId: association.id,
        project: { ar: 'مشروع', fr: 'Projet' },
        summary: SECRET.dossierSummary,
        requestedMad: 50_000,
        documents: { statutes: { dataBase64: Buffer.from('%PDF-1.4\n% statutes\n').toString('base64') } },
      });
      await tetAgent.caller.calls.admissibility({ commune: 'tetouan', applicationId: dossier.id, admissible: true });
      const [m1, m2] = [await h.user('leak.m1@example.ma'), await h.user('leak.m2@example.ma')];
      await tetAgent.caller.calls.addMember({ commune: 'tetouan', id: call.id, email: 'leak.m1@example.ma' });
      await tetAgent.caller.calls.addMember({ commune: 'tetouan', id: call.id, email: 'leak.m2@example.ma' });
      await m1.caller.calls.declareConflict({
        commune: 'tetouan',
        applicationId: dossier.id,
        note: SECRET.conflictNote,
      });
      await m2.caller.calls.score({
        commune: 'tetouan',
        applicationId: dossier.id,
        marks: { relevance: 7 },
        comment: SECRET.scoreComment,
      });
      expect(JSON.stringify(await tetAgent.caller.calls.queue({ commune: 'tetouan', callId: call.id }))).toContain(
        SECRET.conflictNote,
      );
      // Issue 15's draft PAC open to comment: who contributed stays with the contributor (the public
      // reads contributions and answers, never their author).
      const pacPlan = await tetAgent.caller.pac.savePlan({
        commune: 'tetouan',
        plan: {
          title: { ar: 'برنامج عمل الجماعة', fr: 'Programme d’action' },
          mandateStart: 2021,
          mandateEnd: 2027,
          phases: [
            {
              kind: 'draft_consultation',
              startsOn: '2026-03-01',
              endsOn: '2026-03-31',
              legalBasis: { ar: 'المادة 78', fr: 'Article 78' },
              ieecagRequired: true,
            },
          ],
        },
      });
      const pacDraft = await tetAgent.caller.pac.saveDraft({
        commune: 'tetouan',
        draft: {
          planId: pacPlan.id,
          title: { ar: 'مشروع البرنامج', fr: 'Projet de programme' },
          opensOn: '2026-03-01',
          closesOn: '2026-03-31',
          sections: [
            { title: { ar: 'التشخيص', fr: 'Diagnostic' }, paragraphs: [{ text: { ar: 'فقرة', fr: 'Paragraphe' } }] },
          ],
        },
      });
      const pacParagraph = (await tetAgent.caller.pac.staffDraft({ commune: 'tetouan', id: pacDraft.id })).sections[0]!
        .paragraphs[0]!.id;
      const contributor = await h.user(SECRET.contributorEmail);
      const contribution = await contributor.caller.pac.contribute({
        commune: 'tetouan',
        paragraphId: pacParagraph,
        kind: 'comment',
        body: 'A public comment on the paragraph.',
      });
      expect(JSON.stringify(await contributor.caller.pac.mine())).toContain(contribution.code);
      // Issue 15's PAC projects: a project linked to the complaint with private contact and internal note; the
      // public page shows the complaint's code and stage only.
      const pacText = (v: string) => ({ ar: `مشروع ${v}`, fr: `Projet ${v}` });
      await tetAgent.caller.pac.projects.save({
        commune: 'tetouan',
        project: {
          code: 'P-01',
          title: pacText('إنارة'),
          axis: pacText('محور'),
          neighbourhood: pacText('حي'),
          lat: null,
          lon: null,
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
          status: 'under_way',
          progress: 20,
          budgetPlanned: 1000,
          budgetCommitted: 500,
          budgetPaid: 100,
          subprojects: [],
        },
      });
      await tetAgent.caller.pac.projects.linkComplaint({ commune: 'tetouan', code: 'P-01', complaint: r.code });
      // A petition collecting signatures: one online (by the requester), one keyed from paper.
      const petitioner = await h.user('leak.petitioner@example.ma');
      const petition = await petitioner.caller.petitions.create({
        commune: 'tetouan',
        track: 'petition',
        subject: 'Un sujet public de pétition',
        reasons: 'Des raisons publiques, exposées à tous les habitants du quartier.',
        request: 'Inscrire la question à l’ordre du jour.',
        theme: 'neighbourhood',
        mandataire: { name: SECRET.mandataireName, cin: SECRET.mandataireCin, address: 'Adresse du mandataire' },
      });
      await petitioner.caller.petitions.openCollecting({ commune: 'tetouan', id: petition.id });
      const signerOf = (name: string, cin: string) => ({
        name,
        cin,
        address: SECRET.signerAddress,
        neighbourhood: 'Mellah',
        basis: 'resident' as const,
      });
      await requester.caller.petitions.sign({
        commune: 'tetouan',
        id: petition.id,
        signer: signerOf('Requester Online', 'RQ112233'),
      });
      await tetAgent.caller.petitions.paperBatch({
        commune: 'tetouan',
        id: petition.id,
        sheet: 'F-1',
        signers: [signerOf(SECRET.signerName, SECRET.signerCin)],
      });
      expect(
        JSON.stringify(await petitioner.caller.petitions.signatures({ commune: 'tetouan', id: petition.id })),
      ).toContain(SECRET.signerCin);
      // A prioritisation consultation: a proposal found admissible, an online vote and a paper ballot.
      const priorities = await tetAgent.caller.pac.savePlan({
        commune: 'tetouan',
        plan: {
          title: { ar: 'برنامج سابق', fr: 'Programme précédent' },
          mandateStart: 2015,
          mandateEnd: 2021,
          phases: [
            {
              kind: 'prioritisation',
              startsOn: '2026-03-01',
              endsOn: '2026-03-31',
              legalBasis: { ar: 'المادة 119', fr: 'Article 119' },
            },
          ],
        },
      });
      const { id: consultationId } = await tetAgent.caller.pac.proposals.saveConsultation({
        commune: 'tetouan',
        consultation: {
          planId: priorities.id,
          title: { ar: 'الأولويات', fr: 'Priorités' },
          question: { ar: 'ما الأولوية؟', fr: 'Quelle priorité ?' },
          method: 'support',
          maxChoices: 2,
          proposalsOpenOn: '2026-03-01',
          proposalsCloseOn: '2026-03-08',
          votesOpenOn: '2026-03-09',
          votesCloseOn: '2026-03-20',
          eligiblePopulation: 250_000,
          eligibleSource: 'RGPH 2014',
          minAge: 18,
          residenceCheck: 'self_declared',
        },
      });
      const proposer = await h.user(SECRET.proposerEmail);
      const proposed = await proposer.caller.pac.proposals.submit({
        commune: 'tetouan',
        consultationId,
        title: 'Un jardin public',
        description: 'Un jardin public avec des bancs et de l’ombre.',
        neighbourhood: 'Mellah',
        estimatedCostMad: null,
      });
      await tetAgent.caller.pac.proposals.review({
        commune: 'tetouan',
        id: proposed.id,
        admissible: true,
        criteria: { competence: true, cost: true, legality: true },
        reason: 'Recevable.',
      });
      h.clock.set('2026-03-10T10:00:00Z');
      await requester.caller.pac.proposals.vote({
        commune: 'tetouan',
        consultationId,
        choices: [proposed.id],
        cin: SECRET.voterCin,
        residence: true,
      });
      await tetAgent.caller.pac.proposals.paperBallots({
        commune: 'tetouan',
        consultationId,
        sheet: 'G-1',
        ballots: [{ cin: SECRET.paperCin, choices: [proposed.id] }],
      });
      h.clock.set('2026-03-21T10:00:00Z');
      expect(
        (await h.anon().pac.proposals.consultation({ commune: 'tetouan', consultationId })).results,
      ).not.toBeNull();
      h.clock.set('2026-03-07T10:00:00Z');
      // A published workshop with one registration: the public reads the count, never who.
      const workshop = await tetAgent.caller.pac.workshops.save({
        commune: 'tetouan',
        workshop: {
          kind: 'neighbourhood',
          title: { ar: 'ورشة الحي', fr: 'Atelier de quartier' },
          topic: { ar: 'المدينة العتيقة', fr: 'Médina' },
          agenda: [{ ar: 'نقاش', fr: 'Débat' }],
          day: '2026-04-20',
          startTime: '10:00',
          endTime: '12:00',
          place: { ar: 'دار الشباب', fr: 'Maison des jeunes' },
          address: { ar: 'شارع', fr: 'Avenue' },
          capacity: 30,
        },
      });
      await tetAgent.caller.pac.workshops.publish({ commune: 'tetouan', id: workshop.id });
      const registrant = await h.user(SECRET.registrantEmail);
      await registrant.caller.pac.workshops.register({ commune: 'tetouan', id: workshop.id });
      expect(await registrant.caller.pac.workshops.mine({ commune: 'tetouan' })).toEqual([workshop.id]);
      // Tetouan's IEECAG, published, with a member's contact details and a recommendation still in draft.
      const tetAdmin = await h.user('leak.admin@tetouan.example', ['tetouan:commune_admin']);
      const t3 = (s: string) => ({ ar: s, fr: s, es: s });
      const ieecag = await tetAdmin.caller.instances.manage.save({
        commune: 'tetouan',
        kind: 'ieecag',
        name: t3('IEECAG de Tétouan'),
        mandate: t3('Équité, égalité des chances et approche genre'),
        legalBasis: t3('Loi organique 113-14, article 120'),
        seatsTotal: 4,
        seatsCivilSociety: 4,
        seatsElected: 0,
        seatsAdministration: 0,
        minWomenPercent: 50,
        termMonths: 36,
      });
      await tetAdmin.caller.instances.manage.addMember({
        commune: 'tetouan',
        instanceId: ieecag.id,
        name: 'Membre Public',
        sex: 'woman',
        category: 'civil_society',
        termStartsOn: '2026-01-01',
        declaration: 'Aucun intérêt.',
        declaredOn: '2026-01-01',
        email: SECRET.memberEmail,
        phone: SECRET.memberPhone,
      });
      await tetAdmin.caller.instances.manage.publish({ commune: 'tetouan', id: ieecag.id });
      const draftRec = await tetAdmin.caller.instances.manage.draftRecommendation({
        commune: 'tetouan',
        instanceId: ieecag.id,
        title: t3(SECRET.draftRecommendation),
        body: t3(SECRET.draftRecommendation),
      });
      expect(JSON.stringify(await h.anon().instances.page({ commune: 'tetouan', id: ieecag.id }))).toContain(
        'Membre Public',
      );
      // Tetouan's own staff do see it (the markers are real).
      expect(JSON.stringify(await tetAgent.caller.complaints.detail({ commune: 'tetouan', id: r.id }))).toContain(
        SECRET.internal,
      );

      // A private description and address, and texts the owner added that staff have not accepted.
      const p = await h.anon().complaints.submit({
        commune: 'tetouan',
        categoryId,
        description: `Broken bench. ${SECRET.description}`,
        address: SECRET.address,
        location: { lat: 35.571, lon: -5.372 },
      });
      await tetAgent.caller.complaints.transition({
        commune: 'tetouan',
        id: p.id,
        to: 'resolved',
        publicNote: 'Bench repaired.',
      });
      await h.anon().complaints.rate({ code: p.code, secret: p.secret, rating: 1, comment: SECRET.ratingComment });
      await h.anon().complaints.reopen({ code: p.code, secret: p.secret, reason: SECRET.reopenReason });
      // The owner's secret itself never comes back either.
      const markers: Record<string, string> = {
        ...SECRET,
        secret: p.secret,
        contributorId: contributor.id,
        proposerId: proposer.id,
        registrantId: registrant.id,
      };
      const own = JSON.stringify(await h.anon().complaints.track({ code: p.code, secret: p.secret }));
      for (const marker of [SECRET.description, SECRET.address, SECRET.reopenReason, SECRET.ratingComment])
        expect(own).toContain(marker);

      const outsider = await h.user('leak.outsider@asilah.example', [
        'asilah:agent',
        'asilah:department_head',
        'asilah:moderator',
        'asilah:commune_admin',
        'network:coordinator',
      ]);
      const inputs = [
        undefined,
        {},
        { commune: 'asilah' },
        { commune: 'tetouan' },
        { code: r.code },
        { commune: 'tetouan', id: r.id },
        { commune: 'asilah', id: r.id },
        { commune: 'tetouan', code: r.code },
        { code: p.code },
        { code: p.code.toLowerCase().replaceAll('-', ' ') },
        { commune: 'tetouan', id: p.id },
        { commune: 'tetouan', code: p.code },
        { commune: 'tetouan', open: false },
        { commune: 'tetouan', id: association.id },
        { commune: 'asilah', id: association.id },
        { commune: 'tetouan', id: subsidy.id },
        { commune: 'tetouan', reportId, which: 'financial' },
        { commune: 'tetouan', callId: call.id },
        { commune: 'tetouan', applicationId: dossier.id, item: 'statutes' },
        { commune: 'tetouan', id: dossier.id },
        { commune: 'tetouan', id: call.id },
        { commune: 'tetouan', id: pacDraft.id },
        { commune: 'tetouan', id: contribution.id },
        { commune: 'tetouan', year: 2026 },
        { year: 2026 },
        { commune: 'tetouan', id: petition.id },
        { commune: 'asilah', id: petition.id },
        { commune: 'tetouan', state: 'collecting' },
        { commune: 'tetouan', code: 'P-01' },
        { commune: 'tetouan', consultationId },
        { commune: 'asilah', consultationId },
        { commune: 'tetouan', id: workshop.id },
        { commune: 'asilah', id: workshop.id },
        { commune: 'tetouan', id: ieecag.id },
        { commune: 'asilah', id: ieecag.id },
        { id: ieecag.id },
        { commune: 'tetouan', id: draftRec.id },
        { commune: 'tetouan', limit: 100 },
      ];
      let answered = 0;
      for (const p of listProcedures(appRouter).filter((x) => x.type === 'query')) {
        for (const caller of [outsider.caller, h.anon(), requester.caller]) {
          const call = p.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (
            i: unknown,
          ) => Promise<unknown>;
          for (const input of inputs) {
            const out = await call(input).catch(() => undefined);
            if (out === undefined) continue;
            answered++;
            const json = JSON.stringify(out);
            for (const [kind, marker] of Object.entries(markers))
              expect(json.includes(marker), `${p.path}(${JSON.stringify(input)}) leaks ${kind}`).toBe(false);
          }
        }
      }
      expect(answered).toBeGreaterThan(20);
    },
  );
});
