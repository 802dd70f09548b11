import { Spinner } from '@shabaka/ui';
import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { NotFoundScreen } from '../screens/NotFound';
import DirectoryScreen from './Directory';
import DetailScreen from './Detail';

// The private page (bureau, documents, proposals) is for few readers: its own chunk.
const PrivateScreen = lazy(() => import('./Private'));

/** /associations/* — the directory, an association's public page and its private page (paths relative to the section). */
export default function AssociationsSection() {
  return (
    <Suspense fallback={<Spinner />}>
      <Switch>
        <Route path="/" component={DirectoryScreen} />
        <Route path="/:id/private">{(p) => <PrivateScreen key={p.id} id={p.id} />}</Route>
        <Route path="/:id">{(p) => <DetailScreen key={p.id} id={p.id} />}</Route>
        <Route component={NotFoundScreen} />
      </Switch>
    </Suspense>
  );
}
