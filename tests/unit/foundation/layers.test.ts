import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer order of src/ is an ESLint rule (LAYERS in eslint.config.js): these tests lint
// source text as if it were a file of the project, so a wrong import fails `npm run lint`.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  const messages = result?.messages ?? [];
  expect(messages.filter((message) => message.ruleId !== 'no-restricted-imports')).toEqual([]);
  return messages.map((message) => message.message);
}

describe('the layer order of src/', () => {
  it('fails a stage that imports a later stage', async () => {
    const errors = await layerErrors('src/normalize/shortcut.ts', "import { rowsFor } from '../load/rows.ts';\nexport const rows = rowsFor;\n");
    expect(errors).toEqual([expect.stringContaining("'../load/rows.ts' import is restricted")]);
    expect(errors[0]).toContain('normalize may import only its own folder and the layers before it');
  });

  it('fails a type-only import from a later layer too', async () => {
    const errors = await layerErrors('src/extract/shortcut.ts', "import type { Database } from '../db/database.ts';\nexport type Db = Database;\n");
    expect(errors).toHaveLength(1);
  });

  it('fails from a subfolder and from a file at the top of src/', async () => {
    expect(await layerErrors('src/graphql/resolvers/shortcut.ts', "import { createApp } from '../../server/app.ts';\nexport const app = createApp;\n")).toHaveLength(1);
    expect(await layerErrors('src/config.ts', "import { runCommand } from './cli/run.ts';\nexport const run = runCommand;\n")).toHaveLength(1);
  });

  it('fails an import between two modules of one layer', async () => {
    expect(await layerErrors('src/model/shortcut.ts', "import { parseConfig } from '../config.ts';\nexport const parse = parseConfig;\n")).toHaveLength(1);
  });

  it('passes imports of earlier layers and of the own folder', async () => {
    const source = [
      "import type { NormalizedText } from '../model/text.ts';",
      "import { PlanGraphError } from '../errors.ts';",
      "import { normalize } from '../normalize/index.ts';",
      "import { splitLines } from './lines.ts';",
      'export const used = [normalize, splitLines, PlanGraphError];',
      'export type Text = NormalizedText;',
      '',
    ].join('\n');
    expect(await layerErrors('src/structure/shortcut.ts', source)).toEqual([]);
    expect(await layerErrors('src/main.ts', "import { runIngest } from './cli/ingest.ts';\nexport const run = runIngest;\n")).toEqual([]);
  });

  it('places every folder and file at the top of src/ in a layer', async () => {
    const entries = readdirSync(path.join(ROOT, 'src'), { withFileTypes: true });
    const files = entries.map((entry) => (entry.isDirectory() ? `src/${entry.name}/index.ts` : `src/${entry.name}`));
    const unrestricted: string[] = [];
    for (const file of files) {
      const config: { rules?: Record<string, unknown> } = await eslint.calculateConfigForFile(path.join(ROOT, file));
      if (config.rules?.['no-restricted-imports'] === undefined) unrestricted.push(file);
    }
    // main is the top layer: everything is before it.
    expect(unrestricted).toEqual(['src/main.ts']);
  });
});
