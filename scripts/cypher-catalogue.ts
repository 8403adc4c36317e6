// `npm run cypher:catalogue`: writes src/cypher/catalogue.ts, the names of cypher/**/*.cypher as a
// TypeScript type. Run it after adding, renaming or removing a statement file.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOGUE_FILE, CYPHER_DIR, catalogueSource, statementNamesIn } from '../src/cypher/catalogue-source.ts';

const names = statementNamesIn(CYPHER_DIR);
const source = catalogueSource(names);
const before = (() => {
  try {
    return readFileSync(CATALOGUE_FILE, 'utf8');
  } catch {
    return '';
  }
})();
const where = path.relative(process.cwd(), CATALOGUE_FILE);
if (before === source) {
  process.stdout.write(`${where}: up to date (${names.length} statements)\n`);
} else {
  writeFileSync(CATALOGUE_FILE, source);
  process.stdout.write(`${where}: written (${names.length} statements)\n`);
}
