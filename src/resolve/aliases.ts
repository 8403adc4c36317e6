import type { EntityType } from '../model/entity.ts';
import { normaliseName, withoutLegalForm } from './names.ts';

export interface AliasEntry {
  type: EntityType;
  name: string;
  aliases: readonly string[];
}

/** Canonical names by type and matching form; built from reviewed data, never from the plans. */
export interface AliasTable {
  canonical(type: EntityType, name: string): string | undefined;
}

const matchForms = (type: EntityType, name: string): string[] => {
  const n = normaliseName(name);
  return type === 'ENTERPRISE' ? [n, withoutLegalForm(n)] : [n];
};

export function createAliasTable(entries: readonly AliasEntry[]): AliasTable {
  const index = new Map<string, string>();
  for (const entry of entries) {
    const canonical = normaliseName(entry.name);
    for (const form of [entry.name, ...entry.aliases]) {
      for (const key of matchForms(entry.type, form)) {
        const slot = `${entry.type}|${key}`;
        const known = index.get(slot);
        if (known !== undefined && known !== canonical) throw new Error(`alias ${form} (${entry.type}) names both ${known} and ${canonical}`);
        index.set(slot, canonical);
      }
    }
  }
  return {
    canonical(type, name) {
      for (const key of matchForms(type, name)) {
        const hit = index.get(`${type}|${key}`);
        if (hit !== undefined) return hit;
      }
      return undefined;
    },
  };
}
