// SPDX-License-Identifier: EUPL-1.2
import { appRoutes } from './app-routes.tsx';
import { Page, Paragraph } from './components/Page.tsx';
import { Link, matchPath, useRouter } from './router.tsx';

function NotFound() {
  return (
    <Page title="Pagina niet gevonden">
      <Paragraph>
        Deze pagina bestaat niet. <Link href="/">Ga naar het overzicht</Link>.
      </Paragraph>
    </Page>
  );
}

/** The shell: skip link, header with navigation, the current page, footer. */
export function App() {
  const { path } = useRouter();
  let content: React.ReactNode = <NotFound />;
  for (const route of appRoutes) {
    const params = matchPath(route.path, path);
    if (params) {
      content = route.render(params);
      break;
    }
  }
  const current = (href: string) =>
    href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
  return (
    <div className="aanwezig-theme utrecht-document utrecht-root">
      <a className="utrecht-skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="aw-header">
        <div className="aw-header__inner">
          <Link href="/" className="aw-header__brand" aria-label="Aanwezig, naar het overzicht">
            Aanwezig
          </Link>
          <nav aria-label="Hoofdmenu">
            <ul className="aw-nav__list">
              {appRoutes
                .filter((r) => r.nav)
                .map((r) => (
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
        </div>
      </header>
      <main className="aw-main" id="inhoud">
        {content}
      </main>
      <footer className="aw-footer">
        <div className="aw-footer__inner">
          <p className="utrecht-paragraph">
            Aanwezig — open software voor leerplicht en het Doorstroompunt.{' '}
            <a href="/api/docs">API-documentatie</a>
          </p>
        </div>
      </footer>
    </div>
  );
}
