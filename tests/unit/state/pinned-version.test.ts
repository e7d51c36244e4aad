import { pinnedVersionNote } from '../../../src/state/pinned-version';

describe('pinnedVersionNote', () => {
  it('says nothing for a live view, whatever the versions', () => {
    expect(pinnedVersionNote(undefined, '2026-11-24.3', '2026-12-01.1')).toBeUndefined();
  });

  it('says nothing when the pinned version is the current one', () => {
    expect(pinnedVersionNote('2026-11-24.3', '2026-11-24.3', '2026-11-24.3')).toBeUndefined();
  });

  it('names the newer version when the pinned one is shown and the data moved on', () => {
    expect(pinnedVersionNote('2026-11-24.3', '2026-11-24.3', '2026-12-01.1')).toEqual({
      kind: 'newer',
      current: '2026-12-01.1',
    });
  });

  it('says which version is shown when the pinned one could not be loaded', () => {
    expect(pinnedVersionNote('2025-01-01.1', '2026-12-01.1', '2026-12-01.1')).toEqual({
      kind: 'missing',
      requested: '2025-01-01.1',
      shown: '2026-12-01.1',
    });
  });

  it('says nothing more for external data, whose current version is unknown', () => {
    expect(pinnedVersionNote('2026-11-24.3', '2026-11-24.3', undefined)).toBeUndefined();
  });
});
