import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isPlanGraphError } from '../../../src/errors.ts';
import { findParks } from '../../../src/extract/parks.ts';
import { DATA_DIR, loadResources, loadVocabulary } from '../../../src/ingest/resources.ts';

const resources = loadResources();
const dirs: string[] = [];

/** A copy of data/dictionary with one file changed, as a user editing the vocabulary would. */
function vocabularyWith(file: string, change: (json: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-vocabulary-'));
  dirs.push(dir);
  cpSync(path.join(DATA_DIR, 'dictionary'), dir, { recursive: true });
  const json = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
  change(json);
  writeFileSync(path.join(dir, file), JSON.stringify(json));
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('vocabulary files', () => {
  it('refuses a file that fails its schema, naming the file and the reason on one line', () => {
    const dir = vocabularyWith('parks.json', (json) => {
      json.suffixes = '产业园';
    });
    let thrown: unknown;
    try {
      loadVocabulary(dir);
    } catch (error) {
      thrown = error;
    }
    expect(isPlanGraphError(thrown, 'CONFIG_INVALID')).toBe(true);
    const message = (thrown as Error).message;
    expect(message).toMatch(/parks\.json: suffixes: /);
    expect(message).not.toContain('\n');
  });

  it('refuses a misspelt key rather than reading no words from it', () => {
    const dir = vocabularyWith('zones.json', (json) => {
      json.sufixes = json.suffixes;
      delete json.suffixes;
    });
    expect(() => loadVocabulary(dir)).toThrow(/zones\.json: /);
  });

  it('matches a word with regular-expression characters literally (a park named 光谷+)', () => {
    const dir = vocabularyWith('parks.json', (json) => {
      json.names = [...(json.names as string[]), '光谷+'];
    });
    const withPlus = { ...resources, vocabulary: loadVocabulary(dir) };
    expect(findParks('打造光谷+，服务全省', withPlus).map((h) => [h.surface, h.ruleId])).toEqual([['光谷+', 'park.vocabulary']]);
    // The + is a character of the name, not a repetition of 谷.
    expect(findParks('打造光谷谷，服务全省', withPlus)).toEqual([]);
  });
});
