import { useQuery, useTRPC } from '@shabaka/client/react';
import { AppShell, useI18n } from '@shabaka/ui';
import { useEffect } from 'react';
import { AccountSection, HeaderAccount } from './Account';
import { ComplaintsSection } from './ComplaintsSection';
import { AssociationsSection } from './AssociationsSection';
import { ComplianceSection } from './ComplianceSection';
import { SubsidiesSection } from './SubsidiesSection';
import { CallsSection } from './CallsSection';
import { PacSection } from './PacSection';
import { PetitionsSection } from './PetitionsSection';
import { PublicationSection } from './PublicationSection';
import { OpenDataSection } from './OpenDataSection';
import { BulletinsSection } from './BulletinsSection';
import { CommitteeSection } from './CommitteeSection';
import { SmsSection } from './SmsSection';
import { LiveStatus, useLiveUpdates } from './LiveUpdates';
import { NetworkEmblem } from './NetworkEmblem';
import { Overview } from './Overview';
import { Partners } from './Partners';

export function Dashboard() {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const info = useQuery(trpc.network.info.queryOptions());
  const live = useLiveUpdates();

  const networkName = info.data ? info.data.names[lang] : t('dashboard.title');
  useEffect(() => {
    document.title = t('dashboard.documentTitle', { network: networkName });
  }, [t, networkName]);

  return (
    <AppShell
      emblem={<NetworkEmblem />}
      title={<a href="/">{networkName}</a>}
      subtitle={t('dashboard.tagline')}
      account={<HeaderAccount />}
      footer={<p>{t('dashboard.footer')}</p>}
    >
      <div className="dash-intro">
        <h1>{t('dashboard.title')}</h1>
        <LiveStatus {...live} />
      </div>
      <Overview chair={info.data?.chair ?? null} />
      <ComplaintsSection />
      <ComplianceSection />
      <AssociationsSection />
      <CallsSection />
      <PacSection />
      <PetitionsSection />
      <PublicationSection />
      <OpenDataSection />
      <BulletinsSection />
      <CommitteeSection />
      <SubsidiesSection />
      <SmsSection />
      <Partners info={info} />
      <AccountSection />
    </AppShell>
  );
}
