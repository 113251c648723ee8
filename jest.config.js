'use strict';
// Three tiers, as in the codebases we learn from: unit specs beside the code (no I/O), integration
// specs against the real Kafka and PostgreSQL, and end-to-end specs that run the five services.
const path = require('node:path');
const { swcOptions } = require('./tools/swc-options');
const { compilerOptions } = require('./tsconfig.base.json');

const root = __dirname;
// SWC rewrites @parley/* imports to relative paths, exactly as in the build; moduleNameMapper
// covers the rare file SWC does not transform.
const swc = swcOptions(root);
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, path.join(root, target)]),
);
const common = {
  rootDir: root,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};
const live = {
  ...common,
  globalSetup: '<rootDir>/tools/testing/global-setup.ts',
  slowTestThreshold: 30,
};

module.exports = {
  maxWorkers: 2,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    { ...live, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.int-spec.ts'] },
    { ...live, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.e2e-spec.ts'] },
  ],
};
