import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, SelectField, TextField } from '@shabaka/ui';
import { useState, type FormEvent } from 'react';
import { usePortal } from '../config';
import { describeError } from '../errors';
import { useRepresentedAssociations } from './associations';
import { useRoomsI18n } from './i18n';
import { Refusal } from './Refusal';
import { clashOf, localDateTime, type Room } from './model';

/** A verified representative asks for the room in their association's name. */
export function RequestForm({ room }: { room: Room }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useRoomsI18n();
  const { t } = i18n;
  const associations = useRepresentedAssociations();
  const [form, setForm] = useState({ associationId: '', title: '', date: '', start: '', end: '', attendance: '' });
  const [sent, setSent] = useState(false);
  const request = useMutation(
    trpc.rooms.request.mutationOptions({
      onSuccess: async () => {
        setSent(true);
        setForm((f) => ({ ...f, title: '', date: '', start: '', end: '', attendance: '' }));
        await queryClient.invalidateQueries(trpc.rooms.pathFilter());
      },
    }),
  );
  if (associations.isPending) return null;
  const choices = associations.data ?? [];
  if (choices.length === 0) return <p>{t('rooms.request.noAssociation')}</p>;

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => {
    setSent(false);
    setForm((f) => ({ ...f, [key]: e.target.value }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    request.reset();
    const associationId = form.associationId || choices[0]!.id;
    request.mutate({
      commune: slug,
      roomId: room.id,
      associationId,
      title: form.title,
      // An unreadable date or time goes as an invalid date: the server names the field.
      startsAt: localDateTime(form.date, form.start) ?? new Date(NaN),
      endsAt: localDateTime(form.date, form.end) ?? new Date(NaN),
      expectedAttendance: Number(form.attendance) || 0,
    });
  };
  const fields = request.error ? describeError(request.error, i18n).fields : {};
  const clash = clashOf(request.error);
  return (
    <form onSubmit={submit} noValidate className="shb-stack">
      <div role="status">{sent && <Alert tone="success">{t('rooms.request.sent')}</Alert>}</div>
      <Refusal error={request.error} />
      <SelectField
        label={t('rooms.request.association')}
        value={form.associationId || choices[0]!.id}
        onChange={set('associationId')}
        error={fields.associationId}
      >
        {choices.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('rooms.request.eventTitle')}
        value={form.title}
        onChange={set('title')}
        required
        maxLength={200}
        error={fields.title}
      />
      <TextField
        label={t('rooms.request.date')}
        type="date"
        value={form.date}
        onChange={set('date')}
        required
        error={fields.startsAt && !clash ? fields.startsAt : undefined}
      />
      <div className="rooms-times">
        <TextField
          label={t('rooms.request.start')}
          type="time"
          value={form.start}
          onChange={set('start')}
          required
          error={clash ? t('rooms.error.reason.room_clash') : undefined}
        />
        <TextField
          label={t('rooms.request.end')}
          type="time"
          value={form.end}
          onChange={set('end')}
          required
          error={fields.endsAt}
        />
      </div>
      <TextField
        label={t('rooms.request.attendance')}
        type="number"
        inputMode="numeric"
        min={1}
        max={room.capacity}
        value={form.attendance}
        onChange={set('attendance')}
        required
        hint={t('rooms.capacity', { count: room.capacity })}
        error={fields.expectedAttendance}
      />
      <Button type="submit" busy={request.isPending}>
        {t('rooms.request.submit')}
      </Button>
    </form>
  );
}
