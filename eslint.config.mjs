import nx from '@nx/eslint-plugin';

// Module boundaries with real constraints (see README, Repository):
//  - an app may use shared libraries, never another app, and never the Kafka or PostgreSQL client
//    directly (those go through @parley/kafka and @parley/database);
//  - contracts depend on nothing of ours, utilities only on contracts and utilities;
//  - test helpers are never imported by production code.
const productionConstraints = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:data-access'], bannedExternalImports: ['kafkajs', 'pg'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'], bannedExternalImports: ['kafkajs', 'typeorm', 'pg', '@nestjs/*'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:data-access', 'type:testing'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:data-access', 'type:testing'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
];

// Tests may also use the test helpers (libs/testing); the rest of each constraint still holds there.
const testConstraints = productionConstraints.map((c) =>
  c.onlyDependOnLibsWithTags.includes('scope:shared') ? c : { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:testing'] },
);

const boundaries = (depConstraints) => [
  'error',
  { enforceBuildableLibDependency: false, banTransitiveDependencies: false, allow: [], depConstraints },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '.kafka/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(productionConstraints),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@nx/enforce-module-boundaries': boundaries(testConstraints) },
  },
];
