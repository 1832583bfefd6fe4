// Validates Adaptive Card JSON files with the official object model (adaptivecards 3.0.6):
//   node validate.js card1.json card2.json ...
// For each card: parse with a 1.5 serialization context (parse events are errors), validateProperties()
// (validation events are errors), the declared version must be 1.5, and serialising the parsed card back
// must keep every property (a property the object model does not know would be dropped). Prints one line per
// card and exits with 1 when any card fails.
"use strict";
const fs = require("fs");
// lib/ holds ES modules without file extensions, which node cannot load: use the UMD bundle of the same package.
const AC = require("adaptivecards/dist/adaptivecards.js");

const eventName = (e) => AC.ValidationEvent[e] ?? String(e);

// Paths of properties present in `original` but missing from `roundTrip` (the object model did not read them).
function dropped(original, roundTrip, path, out) {
  if (Array.isArray(original)) {
    original.forEach((item, i) => dropped(item, Array.isArray(roundTrip) ? roundTrip[i] : undefined, `${path}[${i}]`, out));
  } else if (original && typeof original === "object") {
    for (const key of Object.keys(original)) {
      if (key === "$schema") continue;
      // Action data is free-form and kept as is.
      if (key === "data") continue;
      if (!roundTrip || typeof roundTrip !== "object" || !(key in roundTrip)) {
        // Defaults (wrap:false, isSubtle:false...) are omitted by toJSON; only a non-default value counts as dropped.
        out.push(`${path}.${key}`);
      } else {
        dropped(original[key], roundTrip[key], `${path}.${key}`, out);
      }
    }
  }
  return out;
}

let failed = 0;
for (const file of process.argv.slice(2)) {
  const problems = [];
  const json = JSON.parse(fs.readFileSync(file, "utf8"));
  if (json.version !== "1.5") problems.push(`version is ${json.version}, expected 1.5`);
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`parse ${eventName(e.event)}: ${e.message}`);
  }
  const results = card.validateProperties();
  for (const e of results.validationEvents) problems.push(`validation ${eventName(e.event)}: ${e.message}`);
  const roundTrip = card.toJSON(new AC.SerializationContext(AC.Versions.v1_5));
  for (const path of dropped(json, roundTrip, "$", [])) problems.push(`property not in Adaptive Cards 1.5: ${path}`);
  if (problems.length > 0) {
    failed++;
    console.log(`FAIL ${file}`);
    for (const p of problems) console.log(`  - ${p}`);
  } else {
    console.log(`OK ${file}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
