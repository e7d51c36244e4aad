import { Outlet } from 'react-router';
import { DatasetGate } from './DatasetGate';
import { Notices } from './Notices';
import { Providers } from './Providers';
import { useRouterUrl } from './use-router-url';

/**
 * `/present` fills the screen: the shared providers and link notices, without the app's header.
 * The presentation brings its own small toolbar (language, leave, full screen).
 */
export function PresentShell() {
  return (
    <Providers url={useRouterUrl()} title={(i18n) => `${i18n.t('app.title')}`}>
      <Notices />
      <main id="main" className="present-main" tabIndex={-1}>
        <DatasetGate>
          <Outlet />
        </DatasetGate>
      </main>
    </Providers>
  );
}
