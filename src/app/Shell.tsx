import type { ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { useI18n, type I18n } from '../i18n/use-i18n';
import { useAppStore } from '../state/store-context';
import { DataOrigin } from './DataOrigin';
import { DatasetGate } from './DatasetGate';
import { VersionNote } from './embed/VersionNote';
import { Header } from './Header';
import { Notices } from './Notices';
import { Providers } from './Providers';
import { useRouterUrl } from './use-router-url';

const appTitle = (i18n: I18n) => i18n.t('app.title');

/** The full app: the shared providers plus its chrome (header, notices, the data's origin). */
export function Shell() {
  return (
    <Providers url={useRouterUrl()} title={appTitle}>
      <Chrome />
    </Providers>
  );
}

/** The live view of the same page, in place. */
function LiveLink({ search, children }: { search: string; children: ReactNode }) {
  return <Link to={{ search }}>{children}</Link>;
}

function Chrome() {
  const { t } = useI18n();
  const data = useAppStore((s) => s.view.data);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skip.main')}
      </a>
      <Header />
      <Notices />
      {data && <DataOrigin url={data} />}
      <VersionNote LiveLink={LiveLink} />
      <main id="main" tabIndex={-1}>
        <DatasetGate>
          <Outlet />
        </DatasetGate>
      </main>
    </>
  );
}
