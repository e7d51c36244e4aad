// Fails when `npm audit` finds a high or critical advisory in the production dependencies.
// If the registry cannot answer an audit (a mirror without the advisory endpoint, no network),
// it says "audit unavailable: <reason>" and passes; any other failure (no lockfile, a reply it
// cannot read) fails. AUDIT_REQUIRED=1 makes "unavailable" fail too.
// Usage: node scripts/audit-prod.mjs [--report file.json]  (--report reads a saved `npm audit --json`)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const BLOCKING = ['high', 'critical'];
/** HTTP statuses meaning the registry does not offer audits or is down, not that we are wrong. */
const UNAVAILABLE_STATUS = new Set([404, 405, 429, 500, 501, 502, 503, 504]);
/** Network errors: the registry cannot be reached. */
const UNREACHABLE_CODE =
  /^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|EHOSTUNREACH|ENETUNREACH|ECONNABORTED|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)$/;

function runAudit() {
  const reportAt = process.argv.indexOf('--report');
  if (reportAt > 0) return { stdout: readFileSync(process.argv[reportAt + 1], 'utf8'), stderr: '' };
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) return { stdout: '', stderr: String(run.error), spawnError: run.error };
  return { stdout: run.stdout, stderr: run.stderr };
}

/**
 * What the audit says: `{ kind: 'ok' | 'findings' | 'unavailable' | 'failed', message }`.
 * npm prints a report object on success and an `{ error }` or `{ message, statusCode }` object
 * when the audit request itself failed.
 */
export function classify(stdout, stderr) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    const network = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET)\b/.exec(stderr);
    if (network) return { kind: 'unavailable', message: `registry unreachable (${network[1]})` };
    return {
      kind: 'failed',
      message: `could not read npm audit output: ${stderr.trim() || stdout}`,
    };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (counts && typeof counts === 'object') {
    const blocking = Object.entries(report.vulnerabilities ?? {})
      .filter(([, v]) => BLOCKING.includes(v.severity))
      .map(([name, v]) => `${name} (${v.severity})`);
    const total = BLOCKING.reduce((sum, level) => sum + (counts[level] ?? 0), 0);
    if (total > 0) return { kind: 'findings', message: blocking.join(', ') || `${total} findings` };
    const summary = Object.entries(counts)
      .map(([level, n]) => `${level} ${n}`)
      .join(', ');
    return { kind: 'ok', message: `no high or critical findings (${summary})` };
  }
  const error = report?.error ?? {};
  const status = report?.statusCode ?? error.statusCode;
  const code = error.code ?? report?.code;
  const detail = [report?.message, error.summary, error.detail].filter(Boolean).join(' ');
  if (typeof status === 'number' && UNAVAILABLE_STATUS.has(status))
    return { kind: 'unavailable', message: `the registry answered ${status}: ${detail}` };
  if (typeof code === 'string' && UNREACHABLE_CODE.test(code))
    return { kind: 'unavailable', message: `registry unreachable (${code}): ${detail}` };
  return { kind: 'failed', message: `npm audit failed: ${code ?? status ?? ''} ${detail}`.trim() };
}

const { stdout, stderr, spawnError } = runAudit();
const result = spawnError
  ? { kind: 'failed', message: `could not run npm: ${spawnError.message}` }
  : classify(stdout, stderr);

if (result.kind === 'ok') console.log(`audit: ${result.message}`);
else if (result.kind === 'unavailable') {
  console.log(`audit unavailable: ${result.message}`);
  if (process.env.AUDIT_REQUIRED === '1') process.exitCode = 1;
} else {
  console.error(
    result.kind === 'findings'
      ? `audit: high or critical findings in production dependencies: ${result.message}`
      : `audit: ${result.message}`,
  );
  process.exitCode = 1;
}
