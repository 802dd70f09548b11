import { Spinner } from '@shabaka/ui';
import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { NotFoundScreen } from '../screens/NotFound';
import ProcedureScreen from './Procedure';
import SearchScreen from './Search';
import './procedures.css';

// The search and a procedure's sheet (a printed sheet's QR code opens it) come with the
// section's chunk: a chunk of their own would be one more round trip, after this one, before
// a citizen's first page shows. The compare table and the map-bearing places are their own.
const CompareScreen = lazy(() => import('./Compare'));
const PlacesScreen = lazy(() => import('./Places'));

/** /procedures/* — the catalogue (paths relative to the section). `/:code` is the QR target of printed sheets: keep it. */
export default function ProceduresSection() {
  return (
    <Suspense fallback={<Spinner />}>
      <Switch>
        <Route path="/" component={SearchScreen} />
        <Route path="/places" component={PlacesScreen} />
        <Route path="/:code/compare" component={CompareScreen} />
        <Route path="/:code" component={ProcedureScreen} />
        <Route component={NotFoundScreen} />
      </Switch>
    </Suspense>
  );
}
