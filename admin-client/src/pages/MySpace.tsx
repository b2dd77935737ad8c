import { useSession } from '../session';
import { OfficerPage } from './OfficerPage';

/** An officer's personal space: their own file, family, coverage, applications and claims. */
export function MySpace() {
  const { claims } = useSession();
  return <OfficerPage matricule={claims?.sub ?? ''} own />;
}
