/// <reference lib="webworker" />
import { validateCsvBundle, type CsvBundleChecked } from '../../data/csv-bundle';

// A large CSV bundle takes seconds to read and check: here it does not freeze the page.
self.onmessage = (event: MessageEvent<ReadonlyMap<string, string>>) => {
  const result: CsvBundleChecked = validateCsvBundle(event.data);
  self.postMessage(result);
};
