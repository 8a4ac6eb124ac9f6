#!/usr/bin/env node
// Runs the npm `cfn-lint` CLI with @aws-cdk/cfnspec's resource specification instead of the
// one bundled with cfn-lint (last refreshed in 2019: no LaunchTemplate MetadataOptions, no
// EFS BackupPolicy, ...). cfn-lint loads its specification with require(), so priming
// require's cache with the newer file swaps it in without touching node_modules.
// Usage: node test/infra/cfn-lint.cjs validate <template> [cfn-lint options]
'use strict'
const path = require('node:path')

const bundled = require.resolve('cfn-lint/data/aws_resources_specification.json')
const newer = require.resolve('@aws-cdk/cfnspec/spec/specification.json')
require.cache[bundled] = {
  id: bundled,
  filename: bundled,
  loaded: true,
  exports: require(newer)
}

process.argv = [process.argv[0], path.join(path.dirname(bundled), '..', 'lib', 'index.js'), ...process.argv.slice(2)]
require('cfn-lint/lib/index.js')
