import { Spinner } from '@shabaka/ui';
import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { NotFoundScreen } from '../screens/NotFound';
import './procedures.css';

// Each screen is its own chunk: the search page does not carry the compare table or the map.
const SearchScreen = lazy(() => import('./Search'));
const ProcedureScreen = lazy(() => import('./Procedure'));
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
