// usage: node validate-manifest.js <schema.json> <manifest.json>
// Prints one JSON line {ok, errors} and exits 0 when the manifest is valid, 1 when it is not, 2 on bad input.
"use strict";
const fs = require("fs");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

const [schemaPath, manifestPath] = process.argv.slice(2);
if (!schemaPath || !manifestPath) {
  console.log(JSON.stringify({ ok: false, errors: ["usage: node validate-manifest.js <schema.json> <manifest.json>"] }));
  process.exit(2);
}
// The official schema uses keywords of its own (e.g. "deprecationMessage"): not strict, but every error is reported.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
const validate = ajv.compile(schema);
const ok = validate(manifest);
console.log(JSON.stringify({ ok, errors: (validate.errors || []).map(e => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`) }));
process.exit(ok ? 0 : 1);
