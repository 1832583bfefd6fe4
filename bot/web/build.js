// Builds the chat page's third-party assets into bot/wwwroot/lib from the locked npm packages, so the page
// loads nothing from a CDN and works offline. Run by the bot's msbuild target (npm ci + npm run build) or by hand.
// Output (git-ignored): bot/wwwroot/lib/webchat/webchat.js (+ its licence notice).
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const here = __dirname;
const output = path.resolve(here, '..', 'wwwroot', 'lib');

// The official full bundle: Web Chat 4.18 with Adaptive Cards and markdown (the minimal bundle has no cards).
const files = [
  ['botframework-webchat/dist/webchat.js', 'webchat/webchat.js'],
  ['botframework-webchat/dist/webchat.js.LICENSE.txt', 'webchat/webchat.js.LICENSE.txt'],
];

function resolvePackageFile(relative) {
  const full = path.join(here, 'node_modules', relative);
  if (!fs.existsSync(full)) {
    throw new Error(`${relative} is missing: run 'npm ci' in ${here} first.`);
  }
  return full;
}

fs.rmSync(output, { recursive: true, force: true });
for (const [from, to] of files) {
  const source = resolvePackageFile(from);
  const target = path.join(output, to);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // A fresh copy (new mtime), so msbuild's up-to-date check sees the output as newer than its inputs.
  fs.writeFileSync(target, fs.readFileSync(source));
}
const version = require(resolvePackageFile('botframework-webchat/package.json')).version;
fs.writeFileSync(path.join(output, 'VERSIONS.txt'), `botframework-webchat ${version}\n`);
console.log(`Web Chat ${version} copied to ${path.relative(process.cwd(), output) || output}`);
