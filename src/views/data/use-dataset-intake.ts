import { useCallback, useEffect, useRef, useState } from 'react';
import { checkFiles, type Candidate, type Progress } from './check-files';
import type { Problem } from './problems';

/** Where checking the chosen files stands; nothing is stored or switched in any of these. */
export type IntakeState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'working'; readonly label: string; readonly progress: Progress }
  | { readonly phase: 'errors'; readonly label: string; readonly problems: readonly Problem[] }
  | {
      readonly phase: 'ready';
      readonly label: string;
      readonly candidate: Candidate;
      readonly warnings: readonly Problem[];
    };

export interface DatasetIntake {
  readonly state: IntakeState;
  /** Checks the files; a new choice cancels the check still running. */
  readonly choose: (files: readonly File[], label: string) => void;
  readonly reset: () => void;
}

const IDLE: IntakeState = { phase: 'idle' };

export function useDatasetIntake(): DatasetIntake {
  const [state, setState] = useState<IntakeState>(IDLE);
  const running = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => running.current?.abort(), []);

  const choose = useCallback((files: readonly File[], label: string) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const { signal } = controller;
    const report = (next: IntakeState) => {
      if (!signal.aborted) setState(next);
    };
    report({ phase: 'working', label, progress: { step: 'read', loaded: 0, total: 0 } });
    checkFiles(files, (progress) => report({ phase: 'working', label, progress }), signal).then(
      (checked) =>
        report(
          checked.ok
            ? { phase: 'ready', label, candidate: checked.candidate, warnings: checked.warnings }
            : { phase: 'errors', label, problems: checked.problems },
        ),
      () => undefined, // aborted: a newer choice or a reset owns the state now
    );
  }, []);

  const reset = useCallback(() => {
    running.current?.abort();
    setState(IDLE);
  }, []);

  return { state, choose, reset };
}
