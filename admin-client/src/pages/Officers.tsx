import { enumLabel } from '../enumLabels';
import { useState, type FormEvent } from 'react';
import { BothScripts, ErrorMessage, Failure, Loading } from '../components';
import { OfficersDocument, type OfficersQueryVariables } from '../gql/graphql';
import { Link, navigate, useLocation } from '../router';
import { useOperation, useSession } from '../session';

const PAGE = 20;

export function Officers() {
  const { t, lang, claims } = useSession();
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const q = params.get('q') ?? '';
  const after = params.get('after');
  const [text, setText] = useState(q);
  const variables: OfficersQueryVariables = { search: q || null, first: PAGE, after, region: claims?.region ?? null };
  const state = useOperation(OfficersDocument, variables);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/officers?q=${encodeURIComponent(text.trim())}`);
  };
  const connection = state.result?.data?.officers ?? null;

  return (
    <>
      <div className="page-header">
        <h2>{t('navOfficers')}</h2>
      </div>
      <form className="search" onSubmit={submit} role="search">
        <input data-testid="officer-search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('searchPlaceholder')} aria-label={t('searchPlaceholder')} />
        <button type="submit">{t('search')}</button>
      </form>
      {state.loading ? <Loading /> : null}
      {state.failure !== undefined ? <Failure message={state.failure} /> : null}
      {state.result && !connection ? <ErrorMessage errors={state.result.errors} /> : null}
      {connection ? (
        <>
          <p data-testid="officer-count">
            {connection.totalCount} {t('results')}
          </p>
          <table className="officers" data-testid="officer-results">
            <thead>
              <tr>
                <th>{t('matricule')}</th>
                <th>{t('name')}</th>
                <th>{t('rank')}</th>
                <th>{t('region')}</th>
                <th>{t('coverage')}</th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node }) => (
                <tr key={node.matricule}>
                  <td>
                    <Link to={`/officers/${encodeURIComponent(node.matricule)}`}>{node.matricule}</Link>
                  </td>
                  <td>
                    <BothScripts fr={node.fullName} ar={node.fullNameAr} />
                  </td>
                  <td>{enumLabel(lang, 'Rank', node.rank)}</td>
                  <td>{node.region.code}</td>
                  <td>{node.coverage ? (node.coverage.active ? t('covered') : t('notCovered')) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {connection.pageInfo.hasNextPage && connection.pageInfo.endCursor ? (
            <Link to={`/officers?q=${encodeURIComponent(q)}&after=${encodeURIComponent(connection.pageInfo.endCursor)}`}>{t('more')} →</Link>
          ) : null}
        </>
      ) : null}
    </>
  );
}
