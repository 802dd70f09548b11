import { Route, Switch } from 'wouter';
import { DetailScreen } from './Detail';
import { QueueScreen } from './Queue';
import { RegisterScreen } from './Register';
import '../../page.css';
import '../information.css';

/** /staff/information/* — queue, counter registration, one request (nested: relative paths). */
export default function InformationDesk() {
  return (
    <Switch>
      <Route path="/" component={QueueScreen} />
      <Route path="/new" component={RegisterScreen} />
      <Route path="/:id">{(p) => <DetailScreen key={p.id} id={p.id} />}</Route>
    </Switch>
  );
}
