import { Route, Switch, useLocation } from 'wouter';
import { useMe } from '../../auth';
import { LinkNav } from '../../desk/shared';
import { useDocumentsI18n } from '../i18n';
import { DocumentList } from './DocumentList';
import { IssueScreen } from './Issue';
import { RevokeScreen } from './Revoke';
import { SigningKeyPanel } from './SigningKey';
import '../documents.css';

/** The section's own tabs: list, issue, and (commune admins) the signing key. Paths are relative to /staff/documents. */
function DocumentsNav({ admin }: { admin: boolean }) {
  const { t } = useDocumentsI18n();
  const [location] = useLocation();
  const items = [
    { href: '/', label: t('documents.nav.list'), active: location === '/' || location.startsWith('/revoke') },
    { href: '/new', label: t('documents.nav.issue'), active: location === '/new' },
    ...(admin ? [{ href: '/keys', label: t('documents.nav.keys'), active: location === '/keys' }] : []),
  ];
  return <LinkNav label={t('documents.nav.label')} className="doc-nav" items={items} />;
}

/** /staff/documents/* — issue, list and revoke signed documents; the signing key for commune admins. */
export default function DocumentsDesk() {
  const { can } = useMe();
  const admin = can('keys:manage');
  const revokeDocuments = can('documents:revoke');
  return (
    <>
      <DocumentsNav admin={admin} />
      <Switch>
        <Route path="/" component={DocumentList} />
        <Route path="/new" component={IssueScreen} />
        {revokeDocuments && (
          <Route path="/revoke/:code">
            {(params) => <RevokeScreen key={params.code} code={decodeURIComponent(params.code)} />}
          </Route>
        )}
        {admin && <Route path="/keys" component={SigningKeyPanel} />}
        <Route component={DocumentList} />
      </Switch>
    </>
  );
}
