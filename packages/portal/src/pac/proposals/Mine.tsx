import { pacProposalFieldsInput } from '@shabaka/api/schemas';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { Link } from 'wouter';
import { usePortal } from '../../config';
import { describeError } from '../../errors';
import { KitForm, schemaCheck, useKitForm } from '../../forms/kit';
import { ProposalFields, proposalOf, type ProposalValues } from './ProposalFields';
import { usePacProposalsI18n } from './i18n';
import { SECTION } from './model';
import { ProposalItem } from './parts';
import './proposals.css';

type Mine = ReturnType<typeof useMine>['data'];
const useMine = () => {
  const trpc = useTRPC();
  return useQuery(trpc.pac.proposals.mine.queryOptions());
};

/**
 * The account page's card: the account's proposals to this commune's consultations, each with its decision
 * and reason; the author edits or withdraws one while that is still allowed (the server says when not).
 */
export default function MyProposals() {
  const { slug } = usePortal();
  const { t } = usePacProposalsI18n();
  const mine = useMine();
  const [said, setSaid] = useState<string | null>(null);
  const here = mine.data?.filter((p) => p.commune === slug) ?? [];
  if (here.length === 0 && !said) return null;
  return (
    <Card title={t('pacProposals.mine.title')} headingLevel={2}>
      <div>{said && <Alert tone="success">{said}</Alert>}</div>
      <ul className="pp-list">
        {here.map((p) => (
          <li key={p.id} className="shb-stack">
            <p>
              <Link href={`/pac/priorities/${p.consultationId}`}>{t('pacProposals.title')}</Link>
            </p>
            <Own p={p} onSaid={setSaid} />
          </li>
        ))}
      </ul>
    </Card>
  );
}

function Own({ p, onSaid }: { p: NonNullable<Mine>[number]; onSaid: (text: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacProposalsI18n();
  const { t } = i18n;
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.pac.proposals.pathFilter());
  const withdraw = useMutation(trpc.pac.proposals.withdraw.mutationOptions({ onSuccess: refresh }));
  if (editing) return <Edit p={p} onDone={(text) => (setEditing(false), text && onSaid(text))} />;
  return (
    <>
      <ProposalItem p={p} />
      {p.state === 'submitted' && (
        <div className="shb-row">
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t('pacProposals.mine.edit', { code: p.code })}
          </Button>
          <Button
            variant="secondary"
            busy={withdraw.isPending}
            onClick={async () => {
              setError(null);
              try {
                await withdraw.mutateAsync({ commune: slug, id: p.id });
                onSaid(t('pacProposals.mine.withdrawn', { code: p.code }));
              } catch (e) {
                setError(describeError(e, i18n, SECTION).message);
              }
            }}
          >
            {t('pacProposals.mine.withdraw', { code: p.code })}
          </Button>
        </div>
      )}
      {error && <Alert tone="error">{error}</Alert>}
    </>
  );
}

const toInput = proposalOf;

function Edit({ p, onDone }: { p: NonNullable<Mine>[number]; onDone: (text: string | null) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacProposalsI18n();
  const { t } = i18n;
  const update = useMutation(
    trpc.pac.proposals.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.pac.proposals.pathFilter()),
    }),
  );
  const { form, props } = useKitForm<ProposalValues>({
    defaultValues: {
      title: p.title,
      description: p.description,
      neighbourhood: p.neighbourhood,
      estimatedCostMad: p.estimatedCostMad === null ? '' : String(p.estimatedCostMad),
    },
    i18n,
    check: schemaCheck(pacProposalFieldsInput, toInput, i18n, SECTION),
    submit: async (v) => {
      await update.mutateAsync({ commune: slug, id: p.id, proposal: toInput(v) });
      onDone(t('pacProposals.mine.saved', { code: p.code }));
    },
    describe: { ...SECTION, within: 'proposal' },
  });
  return (
    <KitForm {...props} busy={update.isPending}>
      <ProposalFields form={form} />
      <div className="shb-row">
        <Button type="submit" busy={update.isPending}>
          {t('pacProposals.mine.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)}>
          {t('pacProposals.mine.cancel')}
        </Button>
      </div>
    </KitForm>
  );
}
