import { Alert, Anchor, AppShell, Box, Button, Group, NativeSelect, Text, Title } from '@mantine/core';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { NavLink, Navigate, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { Loading } from './components';
import { rememberReturn } from './drafts';
import { MeDocument } from './gql/graphql';
import { useFormat, type Lang } from './intl';
import { homeOf, mayOpen, navFor } from './navigation';
import { Callback } from './pages/Callback';
import { SignIn } from './pages/SignIn';
import { useOperation, useSession } from './session';

// Each page loads when it first opens, so signing in downloads only the shell (README, "Admin client").
const Dashboard = lazy(() => import('./pages/Dashboard').then((m) => ({ default: m.Dashboard })));
const HealthWork = lazy(() => import('./pages/HealthWork').then((m) => ({ default: m.HealthWork })));
const PriorAuthorisationDecision = lazy(() =>
  import('./pages/HealthWork').then((m) => ({ default: m.PriorAuthorisationDecision })),
);
const MySpace = lazy(() => import('./pages/MySpace').then((m) => ({ default: m.MySpace })));
const AuditPage = lazy(() => import('./pages/Audit').then((m) => ({ default: m.AuditPage })));
const CampaignsPage = lazy(() => import('./pages/NationalWork').then((m) => ({ default: m.CampaignsPage })));
const HeadsPage = lazy(() => import('./pages/NationalWork').then((m) => ({ default: m.HeadsPage })));
const National = lazy(() => import('./pages/National').then((m) => ({ default: m.National })));
const OfficerPage = lazy(() => import('./pages/OfficerPage').then((m) => ({ default: m.OfficerPage })));
const Officers = lazy(() => import('./pages/Officers').then((m) => ({ default: m.Officers })));
const Queues = lazy(() => import('./pages/Queues').then((m) => ({ default: m.Queues })));
const GraphiQLPage = lazy(() => import('./pages/GraphiQLPage'));
const ReportPage = lazy(() => import('./pages/Report').then((m) => ({ default: m.ReportPage })));
const ClaimReceiptPage = lazy(() => import('./pages/Receipt').then((m) => ({ default: m.ClaimReceiptPage })));
const ApplicationReceiptPage = lazy(() =>
  import('./pages/Receipt').then((m) => ({ default: m.ApplicationReceiptPage })),
);
const DrillApplications = lazy(() => import('./pages/Supervision').then((m) => ({ default: m.DrillApplications })));
const DrillClaims = lazy(() => import('./pages/Supervision').then((m) => ({ default: m.DrillClaims })));
const SolidarityPage = lazy(() => import('./pages/Supervision').then((m) => ({ default: m.SolidarityPage })));

const PUBLIC = new Set(['/signin', '/callback']);

function Header() {
  const { lang, setLang, claims, signOut } = useSession();
  const { t, label, nameOf, fullNameOf } = useFormat();
  // Who the API says the caller is (`me`); the token's own claims until it answers, or if it cannot.
  const asked = useOperation(MeDocument, {}, !claims);
  const me = asked.result?.data?.me ?? null;
  const role = me?.role ?? claims?.role;
  const region = me ? (me.region?.code ?? null) : (claims?.region ?? null);
  // The region by name once `me` has answered; nothing before (its code would show, then change), its code only if `me` failed.
  const regionName = me?.region ? nameOf(me.region) : asked.loading && region !== null ? '' : region;
  return (
    <Group justify="space-between" wrap="wrap" px="md" py="xs" gap="sm">
      <Title order={1} size="h4">
        {t('appTitle')}
      </Title>
      {claims ? (
        <Group component="nav" gap="md" aria-label={t('navigation')}>
          {navFor(role).map((item) => (
            <Anchor key={item.path} component={NavLink} to={item.path} fw={500}>
              {t(item.label)}
            </Anchor>
          ))}
        </Group>
      ) : null}
      <Group gap="md" wrap="wrap">
        {claims ? (
          <Text size="sm" c="dimmed" data-testid="identity">
            {t('role')}
            {t('labelSeparator')}
            <strong data-testid="identity-role" data-role={role}>
              {role ? label('Role', role) : null}
            </strong>{' '}
            {/* An officer acts for their own family, not over regions. */}
            {role === 'OFFICER' ? null : (
              <>
                · {t('region')}
                {t('labelSeparator')}
                <strong data-testid="identity-region" data-code={region ?? undefined}>
                  {regionName ?? t('allRegions')}
                </strong>
              </>
            )}
            {me?.officer ? <span data-testid="identity-name"> · {fullNameOf(me.officer)}</span> : null}
          </Text>
        ) : null}
        <NativeSelect
          size="xs"
          label={t('language')}
          data-testid="language"
          value={lang}
          onChange={(e) => setLang(e.currentTarget.value as Lang)}
          data={[
            { value: 'fr', label: 'Français' },
            { value: 'ar', label: 'العربية' },
          ]}
        />
        {claims ? (
          <Button size="xs" variant="default" data-testid="sign-out" onClick={() => signOut()}>
            {t('signOut')}
          </Button>
        ) : null}
      </Group>
    </Group>
  );
}

function OfficerRoute() {
  const { matricule = '' } = useParams();
  return <OfficerPage key={matricule} matricule={matricule} />;
}

/** A page the role may use, or the role's home instead: following a link never lands on a refusal. */
function Allowed({ children }: { children: ReactNode }) {
  const { claims } = useSession();
  const { pathname } = useLocation();
  return mayOpen(claims?.role, pathname) ? children : <Navigate to={homeOf(claims?.role)} replace />;
}

/** How long before the session ends the page says so. */
const WARN_BEFORE_END_MS = 2 * 60_000;

/**
 * The session's end, said before it comes: two minutes before the token
 * expires, when it will and that what is typed is kept; once it has, a way
 * to sign in again (back to this page, the forms as they were).
 */
function SessionEnding() {
  const { claims, signOut } = useSession();
  const { t } = useFormat();
  const end = claims?.exp == null ? null : claims.exp * 1000;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (end === null) return;
    let ticking: ReturnType<typeof setInterval> | undefined;
    // Quiet until the warning is due, then every few seconds until the end.
    const due = setTimeout(
      () => {
        setNow(Date.now());
        ticking = setInterval(() => setNow(Date.now()), 5_000);
      },
      Math.max(0, end - WARN_BEFORE_END_MS - Date.now()),
    );
    return () => {
      clearTimeout(due);
      clearInterval(ticking);
    };
  }, [end]);
  if (end === null || end - now > WARN_BEFORE_END_MS) return null;
  const ended = end <= now;
  return (
    <Alert color="yellow" my="sm" data-testid="session-ending" data-ended={ended}>
      {ended ? t('sessionEnded') : t('sessionEnding', { end })}
      {ended ? (
        <Button size="xs" ms="sm" data-testid="sign-in-again" onClick={() => signOut(true)}>
          {t('signInAgain')}
        </Button>
      ) : null}
    </Alert>
  );
}

export function App() {
  const { claims, expired } = useSession();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const mustSignIn = !claims && !PUBLIC.has(pathname);
  // Whether someone was signed in on this page before: without an expiry, they signed out.
  const signedInBefore = useRef(false);
  if (claims) signedInBefore.current = true;
  useEffect(() => {
    if (!mustSignIn) return;
    // Back to this page once signed in again after a session that ended, or to a link opened signed out;
    // after signing out, the next user starts at their own home.
    if (pathname !== '/' && (expired || !signedInBefore.current)) rememberReturn(`${pathname}${search}`);
    void navigate(expired ? '/signin?expired=1' : '/signin', { replace: true });
  }, [mustSignIn, expired, navigate, pathname, search]);
  const wide = pathname === '/graphiql';
  return (
    <AppShell header={{ height: 'auto' }} padding={wide ? 0 : 'md'}>
      <AppShell.Header pos="static">
        <Header />
      </AppShell.Header>
      {/* The path of the page on show: a navigation renders in a transition, the previous page staying until the next is ready. */}
      <AppShell.Main pt={0} data-path={pathname}>
        <Box maw={wide ? undefined : 1200} mx="auto" pb="xl">
          {mustSignIn ? null : <SessionEnding />}
          {mustSignIn ? null : (
            <Suspense fallback={<Loading />}>
              <Routes>
                <Route path="/signin" element={<SignIn />} />
                <Route path="/callback" element={<Callback />} />
                <Route
                  path="/me"
                  element={
                    <Allowed>
                      <MySpace />
                    </Allowed>
                  }
                />
                <Route
                  path="/dashboard"
                  element={
                    <Allowed>
                      <Dashboard key={search} />
                    </Allowed>
                  }
                />
                <Route
                  path="/national"
                  element={
                    <Allowed>
                      <National />
                    </Allowed>
                  }
                />
                <Route
                  path="/officers"
                  element={
                    <Allowed>
                      <Officers key={search} />
                    </Allowed>
                  }
                />
                <Route
                  path="/officers/:matricule"
                  element={
                    <Allowed>
                      <OfficerRoute />
                    </Allowed>
                  }
                />
                <Route
                  path="/queues"
                  element={
                    <Allowed>
                      <Queues />
                    </Allowed>
                  }
                />
                <Route
                  path="/campaigns"
                  element={
                    <Allowed>
                      <CampaignsPage />
                    </Allowed>
                  }
                />
                <Route
                  path="/heads"
                  element={
                    <Allowed>
                      <HeadsPage />
                    </Allowed>
                  }
                />
                <Route
                  path="/audit"
                  element={
                    <Allowed>
                      {/* A record's "Historique" link (?entity=&id=) starts the page afresh for that record. */}
                      <AuditPage key={search} />
                    </Allowed>
                  }
                />
                <Route
                  path="/health-work"
                  element={
                    <Allowed>
                      {/* Another officer's link (?matricule=) starts the page afresh, as the dashboard's region does. */}
                      <HealthWork key={search} />
                    </Allowed>
                  }
                />
                <Route
                  path="/prior-authorisations"
                  element={
                    <Allowed>
                      <PriorAuthorisationDecision />
                    </Allowed>
                  }
                />
                <Route
                  path="/solidarity"
                  element={
                    <Allowed>
                      <SolidarityPage key={search} />
                    </Allowed>
                  }
                />
                <Route
                  path="/supervision/applications"
                  element={
                    <Allowed>
                      <DrillApplications />
                    </Allowed>
                  }
                />
                <Route
                  path="/supervision/claims"
                  element={
                    <Allowed>
                      <DrillClaims />
                    </Allowed>
                  }
                />
                <Route
                  path="/report/:region/:month"
                  element={
                    <Allowed>
                      <ReportPage />
                    </Allowed>
                  }
                />
                <Route
                  path="/receipts/claims/:reference"
                  element={
                    <Allowed>
                      <ClaimReceiptPage />
                    </Allowed>
                  }
                />
                <Route
                  path="/receipts/applications/:reference"
                  element={
                    <Allowed>
                      <ApplicationReceiptPage />
                    </Allowed>
                  }
                />
                <Route
                  path="/graphiql"
                  element={
                    <Allowed>
                      <GraphiQLPage />
                    </Allowed>
                  }
                />
                <Route path="*" element={<Navigate to={homeOf(claims?.role)} replace />} />
              </Routes>
            </Suspense>
          )}
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
