'use strict';
// One SWC configuration for the build (tools/build.js) and for Jest (@swc/jest), so tests run the
// code the way production runs it.
const { compilerOptions } = require('../tsconfig.base.json');

function swcOptions(root) {
  return {
    swcrc: false,
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
      baseUrl: root,
      paths: compilerOptions.paths,
    },
  };
}

module.exports = { swcOptions };
