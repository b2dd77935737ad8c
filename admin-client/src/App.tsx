import { enumLabel } from './enumLabels';
import { lazy, Suspense, useEffect } from 'react';
import { Loading } from './components';
import { MeDocument } from './gql/graphql';
import type { Lang } from './i18n';
import { Callback } from './pages/Callback';
import { Dashboard } from './pages/Dashboard';
import { National } from './pages/National';
import { OfficerPage } from './pages/OfficerPage';
import { Officers } from './pages/Officers';
import { Queues } from './pages/Queues';
import { SignIn } from './pages/SignIn';
import { Link, navigate, useLocation } from './router';
import { useOperation, useSession } from './session';

// GraphiQL is large: it loads only when its page opens.
const GraphiQLPage = lazy(() => import('./pages/GraphiQLPage'));

const PUBLIC = new Set(['/signin', '/callback']);

function Header() {
  const { t, lang, setLang, claims, signOut } = useSession();
  const { pathname } = useLocation();
  // Who the API says the caller is (`me`); the token's own claims until it answers, or if it cannot.
  const me = useOperation(MeDocument, {}, !claims).result?.data?.me ?? null;
  const role = me?.role ?? claims?.role;
  const region = me ? (me.region?.code ?? null) : (claims?.region ?? null);
  const regionName = me?.region ? (lang === 'ar' ? me.region.nameAr : me.region.nameFr) : null;
  const nav: [string, Parameters<typeof t>[0]][] = [
    ['/dashboard', 'navDashboard'],
    ['/national', 'navNational'],
    ['/officers', 'navOfficers'],
    ['/queues', 'navQueues'],
    ['/graphiql', 'navGraphiql'],
  ];
  return (
    <header className="app-header">
      <h1>{t('appTitle')}</h1>
      {claims ? (
        <nav>
          {nav.map(([to, key]) => (
            <Link key={to} to={to} className={pathname.startsWith(to) ? 'active' : undefined}>
              {t(key)}
            </Link>
          ))}
        </nav>
      ) : null}
      <div className="header-tools">
        {claims ? (
          <span className="identity" data-testid="identity">
            {t('role')}: <strong data-testid="identity-role" data-role={role}>
              {role ? enumLabel(lang, 'Role', role) : null}
            </strong> · {t('region')}: <strong data-testid="identity-region">{region ?? t('allRegions')}</strong>
            {regionName ? <span data-testid="identity-region-name"> ({regionName})</span> : null}
            {me?.officer ? <span> · {me.officer.fullName}</span> : null}
          </span>
        ) : null}
        <label>
          {t('language')}{' '}
          <select data-testid="language" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            <option value="fr">Français</option>
            <option value="ar">العربية</option>
          </select>
        </label>
        {claims ? (
          <button type="button" data-testid="sign-out" onClick={() => signOut()}>
            {t('signOut')}
          </button>
        ) : null}
      </div>
    </header>
  );
}

function Page({ pathname }: { pathname: string }) {
  const { claims } = useSession();
  const officer = /^\/officers\/([^/]+)$/.exec(pathname);
  if (pathname === '/signin') return <SignIn />;
  if (pathname === '/callback') return <Callback />;
  if (officer) return <OfficerPage matricule={decodeURIComponent(officer[1])} />;
  switch (pathname) {
    case '/national':
      return <National />;
    case '/officers':
      return <Officers />;
    case '/queues':
      return <Queues />;
    case '/graphiql':
      return (
        <Suspense fallback={<Loading />}>
          <GraphiQLPage />
        </Suspense>
      );
    case '/dashboard':
      return <Dashboard />;
    default:
      // An officer's first page is their own file; everyone else's, the regional dashboard.
      return claims?.role === 'OFFICER' ? <OfficerPage matricule={claims.sub} /> : <Dashboard />;
  }
}

export function App() {
  const { claims, expiredOnLoad } = useSession();
  const { pathname } = useLocation();
  const mustSignIn = !claims && !PUBLIC.has(pathname);
  useEffect(() => {
    if (mustSignIn) navigate(expiredOnLoad ? '/signin?expired=1' : '/signin', { replace: true });
  }, [mustSignIn, expiredOnLoad]);
  return (
    <div className={pathname === '/graphiql' ? 'app app-wide' : 'app'}>
      <Header />
      <main>{mustSignIn ? null : <Page key={pathname} pathname={pathname} />}</main>
    </div>
  );
}
