// Fails early, with a clear message, when no Chromium is available for the browser tests.
import { existsSync } from 'node:fs';

import { chromiumPath as path } from './chromium.mjs';

if (!existsSync(path)) {
  console.error(
    `No Chromium at ${path}.\n` +
      "Install Debian's package (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.\n" +
      'Playwright cannot download its own browsers here.',
  );
  process.exit(1);
}
