import { loadDataset, MAX_DATASET_BYTES, type LoadPhase } from '../../../src/data/load';
import { miniDataset } from '../../fixtures/mini-dataset';

const respond = (body: string, init: ResponseInit = {}) =>
  (async () => new Response(body, init)) as typeof fetch;

describe('loadDataset', () => {
  it('downloads, validates and indexes, reporting each phase', async () => {
    const phases: LoadPhase['phase'][] = [];
    const result = await loadDataset('https://example.org/d.json', {
      fetch: respond(JSON.stringify(miniDataset())),
      onProgress: (p) => phases.push(p.phase),
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.index.parties.size).toBe(3);
    expect(phases).toContain('download');
    expect(phases.slice(-2)).toEqual(['validate', 'index']);
  });

  it('turns an HTTP failure into an error', async () => {
    const result = await loadDataset('x', { fetch: respond('nope', { status: 404 }) });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: '$', params: { detail: 'HTTP 404' } }],
    });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const result = await loadDataset('x', {
      fetch: respond('{}', { headers: { 'content-length': String(MAX_DATASET_BYTES + 1) } }),
    });
    expect(result).toMatchObject({ ok: false, errors: [{ key: 'validation.tooLarge' }] });
  });

  it('turns a network error into an error instead of throwing', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const result = await loadDataset('x', { fetch: failing });
    expect(result).toMatchObject({ ok: false, errors: [{ key: 'validation.fetch' }] });
  });

  it('lists validation errors from the file', async () => {
    const result = await loadDataset('x', { fetch: respond('{"schemaVersion": 1, "id": "Bad"}') });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.path)).toEqual(
        expect.arrayContaining(['$.id', '$.parties']),
      );
  });
});
