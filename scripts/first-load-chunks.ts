import { resolve } from 'node:path';

/**
 * Chunking by first load. Left to itself the bundler gives every set of lazy importers its own
 * chunk, and `/` then fetches ~40 files of 0.2–3 KB each before it can draw: on HTTP/1.1 (six
 * connections) that is several round trips on a phone. Here each module that a first-load root
 * needs (the app's router, each embed) goes into one chunk per set of roots that need it, so a
 * route fetches a handful of files and never code it does not use. Modules no root needs are left
 * to the bundler; the entry's own modules stay in the entry.
 */

type ModuleInfo = { importedIds: readonly string[] } | null;
interface Context {
  getModuleInfo(id: string): ModuleInfo;
}

const ROOTS: Record<string, string> = {
  app: 'src/app/AppRouter.tsx',
  matrix: 'src/app/embed/EmbedMatrix.tsx',
  timeline: 'src/app/embed/EmbedTimeline.tsx',
  deal: 'src/app/embed/EmbedDeal.tsx',
};
const EMBED_SHELL = 'src/app/embed/EmbedApp.tsx';
const ENTRY = 'src/main.tsx';

/** Every module `start` imports statically, itself included. */
function closure(start: string, ctx: Context): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

export function firstLoadChunks(root: string) {
  let names: Map<string, string> | undefined;
  const abs = (file: string) => resolve(root, file);

  function build(ctx: Context): Map<string, string> {
    const entry = closure(abs(ENTRY), ctx);
    const embedShell = closure(abs(EMBED_SHELL), ctx);
    const reach = new Map<string, string[]>();
    for (const [name, file] of Object.entries(ROOTS)) {
      const modules = closure(abs(file), ctx);
      if (name !== 'app') embedShell.forEach((id) => modules.add(id));
      for (const id of modules) if (!entry.has(id)) reach.set(id, [...(reach.get(id) ?? []), name]);
    }
    return new Map([...reach].map(([id, roots]) => [id, `first-${roots.join('-')}`]));
  }

  return (id: string, ctx: Context): string | null => {
    names ??= build(ctx);
    return names.get(id) ?? null;
  };
}
