// SPDX-License-Identifier: EUPL-1.2
import { appRoutes, type AppRoute } from './app-routes.tsx';
import { Button } from './components/FormField.tsx';
import { Page, Paragraph } from './components/Page.tsx';
import { SignInPage } from './features/auth/SignInPage.tsx';
import { Link, matchPath, useRouter } from './router.tsx';
import { useSession } from './session.tsx';
import { PolicyBanner } from './features/policy/PolicyBanner.tsx';

function NotFound() {
  return (
    <Page title="Pagina niet gevonden">
      <Paragraph>
        Deze pagina bestaat niet. <Link href="/">Ga naar het begin</Link>.
      </Paragraph>
    </Page>
  );
}

function Forbidden() {
  return (
    <Page title="Geen toegang">
      <Paragraph>
        Uw rol geeft geen toegang tot deze pagina. <Link href="/">Ga naar het begin</Link>.
      </Paragraph>
    </Page>
  );
}

/** The page for the path, or why it cannot be shown; `/` is the first page the user may see. */
function pageFor(path: string, may: (action: string) => boolean): React.ReactNode {
  const visible = appRoutes.filter((r) => r.nav && may(r.policy));
  if (path === '/' && !may('overview.read') && visible[0]) return visible[0].render({});
  for (const route of appRoutes) {
    const params = matchPath(route.path, path);
    if (params) return may(route.policy) ? route.render(params) : <Forbidden />;
  }
  return <NotFound />;
}

/** The shell: skip link, header with navigation and account, the current page, footer. */
export function App() {
  const { path } = useRouter();
  const { me, may, signOut } = useSession();
  const current = (href: string) =>
    href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
  const nav: AppRoute[] = me ? appRoutes.filter((r) => r.nav && may(r.policy)) : [];
  let content: React.ReactNode;
  // Public pages (an invitee confirming an appointment) need no session and no role.
  const publicPage = appRoutes
    .filter((r) => r.policy === 'public')
    .map((r) => ({ route: r, params: matchPath(r.path, path) }))
    .find((m) => m.params);
  if (publicPage) content = publicPage.route.render(publicPage.params!);
  else if (me === undefined) content = <Paragraph>Laden…</Paragraph>;
  else if (me === null) content = <SignInPage />;
  else content = pageFor(path, may);
  return (
    <div className="aanwezig-theme utrecht-document utrecht-root">
      <a className="utrecht-skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="aw-header">
        <div className="aw-header__inner">
          <Link href="/" className="aw-header__brand" aria-label="Aanwezig, naar het begin">
            Aanwezig
          </Link>
          {nav.length > 0 && (
            <nav aria-label="Hoofdmenu">
              <ul className="aw-nav__list">
                {nav.map((r) => (
                  <li key={r.path}>
                    <Link
                      href={r.path}
                      className="aw-nav__link"
                      aria-current={current(r.path) ? 'page' : undefined}
                    >
                      {r.nav}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {me && (
            <div className="aw-header__account">
              <Link href="/account" className="aw-nav__link">
                {me.naam} <span className="aw-header__role">({me.rolNaam})</span>
              </Link>
              <Button
                appearance="secondary-action-button"
                type="button"
                onClick={() => void signOut()}
              >
                Afmelden
              </Button>
            </div>
          )}
        </div>
      </header>
      {me && <PolicyBanner />}
      <main className="aw-main" id="inhoud">
        {content}
      </main>
      <footer className="aw-footer">
        <div className="aw-footer__inner">
          <p className="utrecht-paragraph">
            Aanwezig — open software voor leerplicht en het Doorstroompunt.{' '}
            {me && <a href="/api/docs">API-documentatie</a>}
          </p>
        </div>
      </footer>
    </div>
  );
}
