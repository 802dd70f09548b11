import { Card } from '@shabaka/ui';
import { Link, Redirect, Route, Switch } from 'wouter';
import { usePageTitle } from '../config';
import { useInformationI18n } from './i18n';
import { isCode, normalizeCode } from './model';
import { PublishedScreen } from './Published';
import { ReceiptScreen } from './Receipt';
import { RecentCases } from '../cases/CaseParts';
import { withSecret } from '../cases/owner';
import { SubmitScreen } from './Submit';
import { TrackForm } from './case';
import { TrackScreen } from './Track';
import '../page.css';
import './information.css';

/** /information — the right of access in plain words, then file, follow, or read published answers. */
function IntroScreen() {
  const { t } = useInformationI18n();
  usePageTitle(t('information.title'));
  return (
    <div className="shb-stack">
      <h1>{t('information.title')}</h1>
      <p>{t('information.intro.right')}</p>
      <Card title={t('information.intro.howTitle')}>
        <ul>
          <li>{t('information.intro.free')}</li>
          <li>{t('information.intro.deadline')}</li>
          <li>{t('information.intro.extension')}</li>
          <li>{t('information.intro.urgent')}</li>
          <li>{t('information.intro.refusal')}</li>
          <li>{t('information.intro.remedies')}</li>
        </ul>
      </Card>
      <div className="cx-row">
        <Link className="shb-button shb-button--primary" href="/new">
          {t('information.intro.file')}
        </Link>
        <Link className="shb-button shb-button--secondary" href="/published">
          {t('information.intro.published')}
        </Link>
      </div>
      <Card title={t('information.intro.trackTitle')}>
        <p>{t('information.intro.trackIntro')}</p>
        <TrackForm />
      </Card>
      <RecentCases
        kind="information"
        trackPath={(c) => `/information/track/${c.code}`}
        receiptPath={(c) => withSecret(`/information/receipt/${c.code}`, c.secret)}
      />
    </div>
  );
}

/** /information/* (nested: paths are relative to the section). */
export default function InformationSection() {
  return (
    <Switch>
      <Route path="/" component={IntroScreen} />
      <Route path="/new" component={SubmitScreen} />
      <Route path="/published" component={PublishedScreen} />
      <Route path="/track/:code" component={TrackScreen} />
      <Route path="/receipt/:code" component={ReceiptScreen} />
      {/* The server's tracking links (`/information/<code>`) land on the tracking page. */}
      <Route path="/:code">
        {(p) =>
          isCode(normalizeCode(p.code)) ? (
            <Redirect to={`/track/${normalizeCode(p.code)}${window.location.hash}`} replace />
          ) : (
            <NotHere />
          )
        }
      </Route>
    </Switch>
  );
}

function NotHere() {
  const { t } = useInformationI18n();
  usePageTitle(t('common.notFound.title'));
  return (
    <div className="shb-stack">
      <h1>{t('common.notFound.title')}</h1>
      <p>{t('common.notFound.body')}</p>
      <Link href="/">{t('information.back')}</Link>
    </div>
  );
}
