import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first: the data flows documents → normalize → structure → extract
 * → resolve → load → GraphQL, and the code may only look down that flow. A module imports its
 * own folder and the layers before its own; never a later layer, nor another module of its own
 * layer. The pure stages come before cypher and db, so none of them can reach the database;
 * api, graphql and server read what load wrote, through db, and know nothing of the pipeline.
 * Each name is a folder `src/<name>/` or a file `src/<name>.ts`.
 */
export const LAYERS = [
  ['errors', 'timings', 'log'], // imports nothing of the project
  ['model', 'config'], // the shared types and ids; the configuration, parsed once
  ['gazetteer'], // reference data (divisions of China), read by extract, resolve and load
  ['documents'], // read and decode a file, the manifest, the text's own metadata
  ['normalize'],
  ['structure'],
  ['extract'],
  ['resolve'],
  ['curate'], // curation records folded into a book, and applied to a plan's resolution (pure)
  ['cypher'], // the named statements
  ['db'], // the driver, the embedded Neo4j, the typed database boundary
  ['load'], // rows for one plan, written through db
  ['ingest'], // the pipeline: composes documents … load
  ['curation'], // curation records stored, applied to the loaded plans, exported and imported
  ['eval'], // scores the pure stages against the gold sets
  ['api'], // named reads for the GraphQL resolvers
  ['auth'], // accounts, tokens and who a request's token belongs to (read by graphql, server and cli)
  ['graphql'],
  ['server'],
  ['cli'],
  ['main'],
];

/**
 * One `no-restricted-imports` block per module, forbidding the later layers and its own layer's
 * other modules: `../<name>/…` from a folder (at any depth: src/ has no subfolder named like a
 * module), `./<name>/…` or `./<name>.ts` from a file at the top of src/.
 */
function layerRules() {
  const modules = LAYERS.flatMap((layer, rank) =>
    layer.map((name) => ({ name, forbidden: [...layer.filter((other) => other !== name), ...LAYERS.slice(rank + 1).flat()] })),
  );
  const restricted = modules.filter(({ forbidden }) => forbidden.length > 0);
  return restricted.flatMap(({ name, forbidden }) => {
    const targets = `(?:${forbidden.join('|')})(?:/|\\.ts$)`;
    const restrict = (files, prefix) => ({
      files,
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: [{ regex: `^${prefix}${targets}`, message: `${name} may import only its own folder and the layers before it (LAYERS in eslint.config.js).` }] },
        ],
      },
    });
    return [restrict([`src/${name}/**/*.ts`], '(?:\\.\\./)+'), restrict([`src/${name}.ts`], '\\./')];
  });
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.plangraph/', 'bench/results/', 'ui/dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layerRules(),
  {
    // A function longer than a screen does more than one thing: split it and name the parts.
    files: ['src/**/*.ts', 'ui/src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['ui/src/**/*.ts'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', navigator: 'readonly' } },
  },
);
