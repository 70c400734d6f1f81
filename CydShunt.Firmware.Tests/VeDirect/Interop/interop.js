'use strict';
// Feeds CydShunt's VE.Direct text blocks, one block per chunk, to the parser of the npm package
// @signalk/vedirect-serial-usb and reports what it made of them.
//
// Usage: node interop.js <blocks-file> <decoded-file>
//   blocks-file:  the blocks, each as a 2-byte little-endian length followed by the block's bytes.
//   decoded-file: written here, a JSON array with, per block, the values the package set ({ name: value }).
// Prints one JSON summary on stdout: { package, version, blocks, accepted, rejected, rejections, ignoredLabels,
// blocksWithoutDelta }. A block is accepted when the package verified its checksum and parsed every field line
// without complaint; labels the package has no definition for are ignored by it (counted in ignoredLabels, and the
// Checksum line itself is always among them), which does not reject a block.
const fs = require('fs');
const path = require('path');

const packageName = '@signalk/vedirect-serial-usb';
const packageJson = require(`${packageName}/package.json`);
// The package exports only its plugin entry point; the parser is loaded from its published file.
const { VEDirectParser } = require(path.join(path.dirname(require.resolve(`${packageName}/package.json`)), 'dist', 'Parser.js'));

function main(argv) {
  if (argv.length !== 2) {
    throw new Error('usage: node interop.js <blocks-file> <decoded-file>');
  }

  const input = fs.readFileSync(argv[0]);
  const parser = new VEDirectParser();
  let warnings = [];
  let sets = {};
  let deltas = 0;
  parser.on('warn', (message) => warnings.push(message));
  parser.on('set', ({ key, value }) => {
    sets[key] = value.value;
  });
  parser.on('delta', () => {
    deltas += 1;
  });

  const decoded = [];
  const rejections = [];
  const ignoredLabels = {};
  let accepted = 0;
  let blocksWithoutDelta = 0;
  for (let offset = 0, index = 0; offset < input.length; index += 1) {
    if (offset + 2 > input.length) {
      throw new Error(`truncated length prefix at byte ${offset}`);
    }
    const length = input.readUInt16LE(offset);
    if (offset + 2 + length > input.length) {
      throw new Error(`block ${index} runs past the end of the file`);
    }
    const block = input.subarray(offset + 2, offset + 2 + length);
    offset += 2 + length;

    warnings = [];
    sets = {};
    const deltasBefore = deltas;
    parser.addChunk(Buffer.from(block), 0);

    const reasons = [];
    for (const warning of warnings) {
      const unknown = /^No field definition for: (.*), ignoring$/.exec(warning);
      if (unknown) {
        ignoredLabels[unknown[1]] = (ignoredLabels[unknown[1]] || 0) + 1;
      } else if (/^_parse\(\) called on invalid line: \{"line":\["Checksum"\]\}$/.test(warning)) {
        // The checksum byte was whitespace and got trimmed away with the line: the line is the Checksum line.
        ignoredLabels.CHECKSUM = (ignoredLabels.CHECKSUM || 0) + 1;
      } else if (warning === 'No mutations in this delta') {
        blocksWithoutDelta += 1;
      } else {
        reasons.push(warning);
      }
    }
    if (parser.cache !== '' || parser.sum !== 0) {
      reasons.push('the parser kept bytes of this block for the next one');
    }
    if (reasons.length === 0 && deltas === deltasBefore && !warnings.includes('No mutations in this delta')) {
      reasons.push('no delta emitted');
    }

    if (reasons.length === 0) {
      accepted += 1;
    } else if (rejections.length < 20) {
      rejections.push({ index, reasons, block: block.toString('latin1') });
    }
    decoded.push(sets);
  }

  fs.writeFileSync(argv[1], JSON.stringify(decoded));
  const summary = {
    package: packageName,
    version: packageJson.version,
    blocks: decoded.length,
    accepted,
    rejected: decoded.length - accepted,
    rejections,
    ignoredLabels,
    blocksWithoutDelta,
  };
  process.stdout.write(JSON.stringify(summary) + '\n');
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`interop.js: ${error.stack || error}\n`);
  process.exit(2);
}
