import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, TextAreaField, TextField } from '@shabaka/ui';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { usePageTitle, usePortal } from '../../config';
import { Loaded, type LoadState } from '../../desk/List';
import { Refusal } from '../Refusal';
import { describeError } from '../../errors';
import { useRoomsI18n } from '../i18n';
import { roomName, type Booking, type Room } from '../model';
import '../rooms.css';

/** Staff's rooms desk: requests to decide, approved events to record attendance for, and a new room. */
export default function RoomsDesk() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useRoomsI18n();
  const { t } = i18n;
  usePageTitle(t('rooms.desk.title'));
  const [said, setSaid] = useState('');
  const rooms = useQuery(trpc.rooms.staffList.queryOptions({ commune: slug }));
  const waiting = useQuery(trpc.rooms.queue.queryOptions({ commune: slug, state: 'requested' }));
  const approved = useQuery(trpc.rooms.queue.queryOptions({ commune: slug, state: 'approved' }));
  const byId = new Map((rooms.data ?? []).map((r) => [r.id, r]));
  return (
    <div className="shb-stack">
      <h2>{t('rooms.desk.title')}</h2>
      <div role="status">{said && <Alert tone="success">{said}</Alert>}</div>
      <Bookings
        title={t('rooms.desk.queue')}
        empty={t('rooms.desk.queueEmpty')}
        query={waiting}
        render={(b) => <Decision booking={b} room={byId.get(b.roomId)} onDone={setSaid} />}
      />
      <Bookings
        title={t('rooms.desk.past')}
        empty={t('rooms.desk.pastEmpty')}
        query={approved}
        render={(b) => <Attendance booking={b} room={byId.get(b.roomId)} onDone={setSaid} />}
      />
      <NewRoom onDone={setSaid} />
    </div>
  );
}

/** One list of the desk: a heading, then its bookings (or its empty message). */
function Bookings({
  title,
  empty,
  query,
  render,
}: {
  title: string;
  empty: string;
  query: LoadState<Booking[]>;
  render: (b: Booking) => ReactNode;
}) {
  const i18n = useRoomsI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="shb-stack">
      <h3 id={headingId}>{title}</h3>
      <Loaded
        query={query}
        describe={(e) => describeError(e, i18n).message}
        empty={empty}
        isEmpty={(d) => d.length === 0}
      >
        {(data) => (
          <ul className="rooms-list">
            {data.map((b) => (
              <li key={b.id}>{render(b)}</li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}

function BookingHead({ booking, room }: { booking: Booking; room: Room | undefined }) {
  const { t, lang, formatDate } = useRoomsI18n();
  const time = (d: Date) => formatDate(d, { hour: '2-digit', minute: '2-digit' });
  return (
    <p>
      <strong>
        <bdi>{booking.title}</bdi>
      </strong>
      <br />
      {room && (
        <>
          <bdi>{roomName(room, lang)}</bdi> ·{' '}
        </>
      )}
      {formatDate(booking.startsAt, { dateStyle: 'full' })} ·{' '}
      {t('rooms.calendar.slot', { from: time(booking.startsAt), to: time(booking.endsAt) })} ·{' '}
      {t('rooms.desk.expected', { count: booking.expectedAttendance })}
    </p>
  );
}

type ItemProps = { booking: Booking; room: Room | undefined; onDone: (said: string) => void };

/** What a desk item's actions share: the commune, its words, and `done` (say it, then refresh the lists). */
function useDeskItem(onDone: (said: string) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useRoomsI18n();
  const done = async (said: string) => {
    onDone(said);
    await queryClient.invalidateQueries(trpc.rooms.pathFilter());
  };
  return { trpc, slug, i18n, t: i18n.t, done };
}

function Decision({ booking, room, onDone }: ItemProps) {
  const { trpc, slug, i18n, t, done } = useDeskItem(onDone);
  const [reason, setReason] = useState('');
  const decide = useMutation(
    trpc.rooms.decide.mutationOptions({
      onSuccess: (b) => done(t(b.state === 'approved' ? 'rooms.desk.approved' : 'rooms.desk.refused')),
    }),
  );
  const described = decide.error ? describeError(decide.error, i18n) : null;
  return (
    <Card>
      <BookingHead booking={booking} room={room} />
      <Refusal error={decide.error} />
      <TextAreaField
        label={t('rooms.desk.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={1000}
        rows={2}
        error={described?.fields.reason}
      />
      <div className="cx-row">
        <Button
          busy={decide.isPending}
          onClick={() => decide.mutate({ commune: slug, id: booking.id, decision: 'approve' })}
        >
          {t('rooms.desk.approve')}
        </Button>
        <Button
          variant="secondary"
          busy={decide.isPending}
          onClick={() => decide.mutate({ commune: slug, id: booking.id, decision: 'refuse', reason })}
        >
          {t('rooms.desk.refuse')}
        </Button>
      </div>
    </Card>
  );
}

function Attendance({ booking, room, onDone }: ItemProps) {
  const { trpc, slug, i18n, t, done } = useDeskItem(onDone);
  const [count, setCount] = useState(booking.attendance === null ? '' : String(booking.attendance));
  const record = useMutation(
    trpc.rooms.attendance.mutationOptions({
      onSuccess: () => done(t('rooms.desk.recorded')),
    }),
  );
  const described = record.error ? describeError(record.error, i18n) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate({ commune: slug, id: booking.id, attendance: Number(count) });
  };
  return (
    <Card>
      <BookingHead booking={booking} room={room} />
      {booking.attendance !== null && <p>{t('rooms.desk.came', { count: booking.attendance })}</p>}
      <form onSubmit={submit} noValidate className="cx-row">
        <TextField
          label={t('rooms.desk.attendance')}
          type="number"
          inputMode="numeric"
          min={0}
          value={count}
          onChange={(e) => setCount(e.target.value)}
          error={described ? (described.fields.attendance ?? described.message) : undefined}
        />
        <Button type="submit" variant="secondary" busy={record.isPending}>
          {t('rooms.desk.record')}
        </Button>
      </form>
    </Card>
  );
}

function NewRoom({ onDone }: { onDone: (s: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useRoomsI18n();
  const { t } = i18n;
  const empty = { ar: '', fr: '', capacity: '', location: '', rules: '', stepFree: false };
  const [form, setForm] = useState(empty);
  const create = useMutation(
    trpc.rooms.create.mutationOptions({
      onSuccess: async () => {
        onDone(t('rooms.desk.created'));
        setForm(empty);
        await queryClient.invalidateQueries(trpc.rooms.pathFilter());
      },
    }),
  );
  const described = create.error ? describeError(create.error, i18n) : null;
  const fields = described?.fields ?? {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({
      commune: slug,
      names: { ar: form.ar, fr: form.fr },
      capacity: Number(form.capacity) || 0,
      stepFree: form.stepFree,
      location: form.location,
      rules: form.rules.trim() ? { ar: form.rules, fr: form.rules } : {},
    });
  };
  return (
    <Card title={t('rooms.desk.new')} headingLevel={3}>
      <form onSubmit={submit} noValidate className="shb-stack">
        {described && <Alert tone="error">{described.message}</Alert>}
        <TextField
          label={t('rooms.desk.nameAr')}
          lang="ar"
          dir="rtl"
          value={form.ar}
          onChange={(e) => setForm({ ...form, ar: e.target.value })}
          required
          error={fields['names.ar']}
        />
        <TextField
          label={t('rooms.desk.nameFr')}
          lang="fr"
          dir="ltr"
          value={form.fr}
          onChange={(e) => setForm({ ...form, fr: e.target.value })}
          required
          error={fields['names.fr']}
        />
        <TextField
          label={t('rooms.desk.capacity')}
          type="number"
          inputMode="numeric"
          min={1}
          value={form.capacity}
          onChange={(e) => setForm({ ...form, capacity: e.target.value })}
          required
          error={fields.capacity}
        />
        <TextField
          label={t('rooms.location')}
          value={form.location}
          onChange={(e) => setForm({ ...form, location: e.target.value })}
          required
          error={fields.location}
        />
        <TextAreaField
          label={t('rooms.rules')}
          value={form.rules}
          onChange={(e) => setForm({ ...form, rules: e.target.value })}
          rows={3}
          error={fields.rules}
        />
        <label className="cx-row">
          <input
            type="checkbox"
            checked={form.stepFree}
            onChange={(e) => setForm({ ...form, stepFree: e.target.checked })}
          />
          {t('rooms.desk.stepFree')}
        </label>
        <Button type="submit" busy={create.isPending}>
          {t('rooms.desk.create')}
        </Button>
      </form>
    </Card>
  );
}
