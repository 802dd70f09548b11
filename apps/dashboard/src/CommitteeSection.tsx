import { errorReason, fieldErrors, type RouterOutputs } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, SelectField, TextAreaField, TextField, useI18n, type Language } from '@shabaka/ui';
import { useId, useState, type FormEvent } from 'react';
import { Figures } from './LoadError';

type Page = RouterOutputs['instances']['committee']['page'];
const LANGS = ['ar', 'fr', 'es'] as const;
const caseOpen = (s: string) => s === 'adopted' || s === 'answered' || s === 'in_progress';

/**
 * The network's transparency committee (issue 16), for network coordinators: the recommendations it drafts and
 * adopts for a commune (each then a case in that commune's desk), the communes' answers, and observations raised
 * on a commune's indicators (the figures above on this page). The public reads the same on every portal's
 * /committee page; everyone else sees that link here.
 */
export function CommitteeSection() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const headingId = useId();
  const allowed = me.data?.permissions.network.includes('committee:manage') ?? false;
  return (
    <section className="dash-section" aria-labelledby={headingId} data-section="committee">
      <h2 id={headingId}>{t('instances.dash.heading')}</h2>
      <p>{t('instances.dash.intro')}</p>
      <p>
        <a href="/tetouan/committee">{t('instances.dash.public')}</a>
      </p>
      {allowed ? <CommitteeManager /> : <p>{t('instances.dash.signIn')}</p>}
    </section>
  );
}

function CommitteeManager() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const list = useQuery(trpc.instances.committee.list.queryOptions());
  return (
    <Figures query={list} isEmpty={() => false}>
      {(data) => {
        const committee = data.find((i) => i.scope === 'network');
        return committee ? <Committee id={committee.id} /> : <p>{t('instances.dash.none')}</p>;
      }}
    </Figures>
  );
}

function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.instances.pathFilter());
}

/** A refused action, in the committee's words (its reason's text when it has one). */
function useRefusal() {
  const { t, has } = useI18n();
  return (error: unknown) => {
    const reason = errorReason(error);
    const key = `instances.error.reason.${reason}`;
    return t('instances.dash.failed', { reason: has(key) ? t(key) : t('dashboard.error.load') });
  };
}

function Committee({ id }: { id: string }) {
  const { lang } = useI18n();
  const trpc = useTRPC();
  const page = useQuery(trpc.instances.committee.page.queryOptions({ id }));
  const communes = useQuery(trpc.communes.list.queryOptions());
  return (
    <Figures query={page} isEmpty={() => false}>
      {(p) => (
        <div className="shb-stack">
          <h3>{p.name[lang]}</h3>
          <MemberForm instanceId={p.id} count={p.members.filter((m) => !m.leftOn).length} />
          <Recommendations p={p} />
          <DraftForm instanceId={p.id} communes={communes.data ?? []} />
          <Observations p={p} />
          <ObservationForm instanceId={p.id} communes={communes.data ?? []} />
        </div>
      )}
    </Figures>
  );
}

function Recommendations({ p }: { p: Page }) {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const refusal = useRefusal();
  const [said, setSaid] = useState('');
  const adopt = useMutation(trpc.instances.committee.adopt.mutationOptions({ onSuccess: refresh }));
  const close = useMutation(trpc.instances.committee.closeRecommendation.mutationOptions({ onSuccess: refresh }));
  const captionId = useId();
  const act = async (run: () => Promise<unknown>, done: string) => {
    setSaid('');
    try {
      await run();
      setSaid(done);
    } catch (error) {
      setSaid(refusal(error));
    }
  };
  return (
    <>
      <div role="status">{said && <Alert tone="info">{said}</Alert>}</div>
      <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className="shb-table">
          <caption id={captionId}>{t('instances.dash.recs.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('instances.desk.col.code')}</th>
              <th scope="col">{t('instances.dash.col.commune')}</th>
              <th scope="col">{t('instances.desk.col.title')}</th>
              <th scope="col">{t('instances.desk.col.state')}</th>
              <th scope="col">{t('instances.dash.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {p.recommendations.map((r) => (
              <tr key={r.id} data-recommendation={r.code}>
                <th scope="row">
                  <bdi>{r.code}</bdi>
                </th>
                <td>{r.communeNames?.[lang] ?? ''}</td>
                <td>{r.title[lang]}</td>
                <td>
                  {t(`instances.state.${r.state}`)}
                  {r.answer && (
                    <>
                      {' — '}
                      {t(`instances.answer.${r.answer}`)}
                    </>
                  )}
                </td>
                <td>
                  {r.state === 'draft' && r.commune && (
                    <Button
                      busy={adopt.isPending}
                      onClick={() =>
                        void act(
                          () => adopt.mutateAsync({ addressedTo: r.commune!, id: r.id }),
                          t('instances.dash.adopted', { code: r.code }),
                        )
                      }
                    >
                      {t('instances.dash.adopt', { code: r.code })}
                    </Button>
                  )}
                  {caseOpen(r.state) && r.commune && (
                    <Button
                      variant="secondary"
                      busy={close.isPending}
                      onClick={() =>
                        void act(
                          () => close.mutateAsync({ addressedTo: r.commune!, id: r.id }),
                          t('instances.dash.closed', { code: r.code }),
                        )
                      }
                    >
                      {t('instances.dash.close', { code: r.code })}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Observations({ p }: { p: Page }) {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const refusal = useRefusal();
  const [said, setSaid] = useState('');
  const close = useMutation(trpc.instances.committee.closeObservation.mutationOptions({ onSuccess: refresh }));
  const captionId = useId();
  if (p.observations.length === 0) return <p>{t('instances.observations.empty')}</p>;
  return (
    <>
      <div role="status">{said && <Alert tone="info">{said}</Alert>}</div>
      <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className="shb-table">
          <caption id={captionId}>{t('instances.observations.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('instances.desk.col.code')}</th>
              <th scope="col">{t('instances.dash.col.commune')}</th>
              <th scope="col">{t('instances.desk.col.title')}</th>
              <th scope="col">{t('instances.desk.col.state')}</th>
              <th scope="col">{t('instances.dash.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {p.observations.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  <bdi>{o.code}</bdi>
                </th>
                <td>{o.communeNames?.[lang] ?? ''}</td>
                <td>
                  {o.title[lang]}
                  {o.answer && (
                    <p className="inst-text" dir="auto">
                      {o.answer}
                    </p>
                  )}
                </td>
                <td>{t(`instances.obsState.${o.state}`)}</td>
                <td>
                  {o.state !== 'closed' && o.commune && (
                    <Button
                      variant="secondary"
                      busy={close.isPending}
                      onClick={() => {
                        setSaid('');
                        close.mutateAsync({ addressedTo: o.commune!, id: o.id }).then(
                          () => setSaid(t('instances.dash.closed', { code: o.code })),
                          (error: unknown) => setSaid(refusal(error)),
                        );
                      }}
                    >
                      {t('instances.dash.close', { code: o.code })}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

type Communes = { slug: string; names: Record<Language, string> }[];
type Texts = Record<`${'title' | 'body'}${'Ar' | 'Fr' | 'Es'}`, string>;
const EMPTY: Texts = { titleAr: '', titleFr: '', titleEs: '', bodyAr: '', bodyFr: '', bodyEs: '' };
const suffix = (l: (typeof LANGS)[number]) => (l === 'ar' ? 'Ar' : l === 'fr' ? 'Fr' : 'Es');

/** The title and text in the three languages, each box refused under its own name. */
function TrilingualFields({
  texts,
  set,
  errorAt,
}: {
  texts: Texts;
  set: (t: Texts) => void;
  errorAt: (path: string) => string | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      {LANGS.map((l) => (
        <TextField
          key={`title-${l}`}
          label={t(`instances.dash.draft.title${suffix(l)}`)}
          lang={l}
          dir={l === 'ar' ? 'rtl' : 'ltr'}
          required
          value={texts[`title${suffix(l)}`]}
          error={errorAt(`title.${l}`)}
          onChange={(e) => set({ ...texts, [`title${suffix(l)}`]: e.target.value })}
        />
      ))}
      {LANGS.map((l) => (
        <TextAreaField
          key={`body-${l}`}
          label={t(`instances.dash.draft.body${suffix(l)}`)}
          lang={l}
          dir={l === 'ar' ? 'rtl' : 'ltr'}
          required
          value={texts[`body${suffix(l)}`]}
          error={errorAt(`body.${l}`)}
          onChange={(e) => set({ ...texts, [`body${suffix(l)}`]: e.target.value })}
        />
      ))}
    </>
  );
}

const trilingual = (texts: Texts, what: 'title' | 'body') => ({
  ar: texts[`${what}Ar`],
  fr: texts[`${what}Fr`],
  es: texts[`${what}Es`],
});

/** Field errors of a refused mutation, worded by the field's own text when the catalog has one. */
function useFieldError(error: unknown) {
  const { t, has } = useI18n();
  const errors = error ? fieldErrors(error) : {};
  return (path: string) => {
    if (!errors[path]) return undefined;
    const own = `instances.error.field.${path.split('.')[0]}`;
    return has(own) ? t(own) : t('instances.error.field.generic');
  };
}

function DraftForm({ instanceId, communes }: { instanceId: string; communes: Communes }) {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const [addressedTo, setAddressedTo] = useState('');
  const [service, setService] = useState('');
  const [days, setDays] = useState('60');
  const [texts, setTexts] = useState(EMPTY);
  const draft = useMutation(trpc.instances.committee.draftRecommendation.mutationOptions({ onSuccess: refresh }));
  const errorAt = useFieldError(draft.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    draft.mutate(
      {
        instanceId,
        addressedTo,
        service,
        title: trilingual(texts, 'title'),
        body: trilingual(texts, 'body'),
        answerDays: Number(days),
      },
      { onSuccess: () => setTexts(EMPTY) },
    );
  };
  return (
    <form className="shb-stack" onSubmit={submit} noValidate>
      <fieldset className="shb-stack">
        <legend>{t('instances.dash.draft.legend')}</legend>
        {draft.isError && <Alert tone="error">{t('instances.dash.invalid')}</Alert>}
        <div role="status">
          {draft.isSuccess && <Alert tone="success">{t('instances.dash.draft.done', { code: draft.data.code })}</Alert>}
        </div>
        <SelectField
          label={t('instances.dash.draft.addressedTo')}
          required
          value={addressedTo}
          error={errorAt('addressedTo')}
          onChange={(e) => setAddressedTo(e.target.value)}
        >
          <option value="" />
          {communes.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.names[lang]}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('instances.dash.draft.service')}
          value={service}
          error={errorAt('service')}
          onChange={(e) => setService(e.target.value)}
        />
        <TrilingualFields texts={texts} set={setTexts} errorAt={errorAt} />
        <TextField
          label={t('instances.dash.draft.answerDays')}
          inputMode="numeric"
          required
          value={days}
          error={errorAt('answerDays')}
          onChange={(e) => setDays(e.target.value)}
        />
        <Button type="submit" busy={draft.isPending}>
          {t('instances.dash.draft.submit')}
        </Button>
      </fieldset>
    </form>
  );
}

function ObservationForm({ instanceId, communes }: { instanceId: string; communes: Communes }) {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const [addressedTo, setAddressedTo] = useState('');
  const [indicator, setIndicator] = useState('');
  const [texts, setTexts] = useState(EMPTY);
  const raise = useMutation(trpc.instances.committee.raiseObservation.mutationOptions({ onSuccess: refresh }));
  const errorAt = useFieldError(raise.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    raise.mutate(
      {
        instanceId,
        addressedTo,
        indicator,
        title: trilingual(texts, 'title'),
        body: trilingual(texts, 'body'),
      },
      { onSuccess: () => setTexts(EMPTY) },
    );
  };
  return (
    <form className="shb-stack" onSubmit={submit} noValidate>
      <fieldset className="shb-stack">
        <legend>{t('instances.dash.obs.legend')}</legend>
        {raise.isError && <Alert tone="error">{t('instances.dash.invalid')}</Alert>}
        <div role="status">
          {raise.isSuccess && <Alert tone="success">{t('instances.dash.obs.done', { code: raise.data.code })}</Alert>}
        </div>
        <SelectField
          label={t('instances.dash.draft.addressedTo')}
          required
          value={addressedTo}
          error={errorAt('addressedTo')}
          onChange={(e) => setAddressedTo(e.target.value)}
        >
          <option value="" />
          {communes.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.names[lang]}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('instances.dash.obs.indicator')}
          value={indicator}
          error={errorAt('indicator')}
          onChange={(e) => setIndicator(e.target.value)}
        />
        <TrilingualFields texts={texts} set={setTexts} errorAt={errorAt} />
        <Button type="submit" busy={raise.isPending}>
          {t('instances.dash.obs.submit')}
        </Button>
      </fieldset>
    </form>
  );
}

const MEMBER_EMPTY = {
  name: '',
  sex: '',
  category: '',
  role: 'member',
  organisation: '',
  termStartsOn: '',
  declaration: '',
  declaredOn: '',
  email: '',
  phone: '',
};

/**
 * A seat filled: the member's public name, seat and declaration of interest, and the secretariat's private
 * contact. The composition's quotas are the server's: a full category or a seat parity needs is refused, said.
 */
function MemberForm({ instanceId, count }: { instanceId: string; count: number }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const refusal = useRefusal();
  const [v, setV] = useState(MEMBER_EMPTY);
  const add = useMutation(trpc.instances.committee.addMember.mutationOptions({ onSuccess: refresh }));
  const errorAt = useFieldError(add.error);
  const set = (k: keyof typeof MEMBER_EMPTY) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      {
        instanceId,
        ...v,
        sex: v.sex as 'woman',
        category: v.category as 'civil_society',
        role: v.role as 'member',
      },
      { onSuccess: () => setV(MEMBER_EMPTY) },
    );
  };
  return (
    <form className="shb-stack" onSubmit={submit} noValidate>
      <fieldset className="shb-stack">
        <legend>{t('instances.dash.member.legend', { count })}</legend>
        {add.isError && <Alert tone="error">{refusal(add.error)}</Alert>}
        <div role="status">{add.isSuccess && <Alert tone="success">{t('instances.dash.member.done')}</Alert>}</div>
        <TextField
          label={t('instances.members.name')}
          required
          value={v.name}
          error={errorAt('name')}
          onChange={set('name')}
        />
        <SelectField
          label={t('instances.dash.member.sex')}
          required
          value={v.sex}
          error={errorAt('sex')}
          onChange={set('sex')}
        >
          <option value="" />
          <option value="woman">{t('instances.sex.woman')}</option>
          <option value="man">{t('instances.sex.man')}</option>
        </SelectField>
        <SelectField
          label={t('instances.composition.category')}
          required
          value={v.category}
          error={errorAt('category')}
          onChange={set('category')}
        >
          <option value="" />
          {(['civil_society', 'elected', 'administration'] as const).map((c) => (
            <option key={c} value={c}>
              {t(`instances.category.${c}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('instances.dash.member.role')} value={v.role} onChange={set('role')}>
          {(['member', 'chair', 'rapporteur'] as const).map((r) => (
            <option key={r} value={r}>
              {t(`instances.role.${r}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('instances.dash.member.organisation')}
          value={v.organisation}
          onChange={set('organisation')}
        />
        <TextField
          label={t('instances.dash.member.termStartsOn')}
          type="date"
          required
          value={v.termStartsOn}
          error={errorAt('termStartsOn')}
          onChange={set('termStartsOn')}
        />
        <TextAreaField
          label={t('instances.members.declaration')}
          required
          value={v.declaration}
          error={errorAt('declaration')}
          onChange={set('declaration')}
        />
        <TextField
          label={t('instances.dash.member.declaredOn')}
          type="date"
          required
          value={v.declaredOn}
          error={errorAt('declaredOn')}
          onChange={set('declaredOn')}
        />
        <TextField
          label={t('instances.dash.member.email')}
          type="email"
          value={v.email}
          error={errorAt('email')}
          onChange={set('email')}
        />
        <TextField
          label={t('instances.dash.member.phone')}
          type="tel"
          value={v.phone}
          error={errorAt('phone')}
          onChange={set('phone')}
        />
        <Button type="submit" busy={add.isPending}>
          {t('instances.dash.member.submit')}
        </Button>
      </fieldset>
    </form>
  );
}
