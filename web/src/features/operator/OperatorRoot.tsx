import { Outlet } from 'react-router';
import { OperatorSessionProvider } from './OperatorSession';

/** /operator/*: the operator session and its own client around the operator pages. */
export default function OperatorRoot() {
  return (
    <OperatorSessionProvider>
      <Outlet />
    </OperatorSessionProvider>
  );
}
