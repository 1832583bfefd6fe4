'use strict';
// The peer's knowledge lookup: the same knowledge/Data YAML files, cut into records (one per top-level list item:
// a programme, a UE, a tariff, a contact...), indexed by their folded words with an inverse document frequency.
// A question is answered with the record that shares the rarest words with it: the usual keyword lookup a
// Bot Framework bot without a language service would do. Planning files also give their sessions for schedules.
const fs = require('fs');
const path = require('path');

const STOP = new Set(('les des une est que qui quoi pour par sur dans avec aux ces son ses mon mes ton tes notre vos leur ' +
  'elle il ils elles nous vous est sont etre avoir faire peut peux combien comment quand quel quelle quels quelles ' +
  'bonjour merci svp cnam ' +
  'the and for what how when').split(' '));

function fold(text) {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function words(text) {
  return fold(text).split(/[^a-z0-9+]+/).filter((w) => w.length >= 3 && !STOP.has(w));
}

function yamlFiles(folder) {
  const out = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(full));
    else if (entry.name.endsWith('.yaml')) out.push(full);
  }
  return out.sort();
}

// Records: the lines of one "  - " item at indentation 2, comments dropped, quotes removed.
function records(text, file) {
  const result = [];
  let current = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+#.*$/, '');
    if (/^\s*#/.test(raw) || line.trim() === '') continue;
    if (/^ {2}- /.test(line)) {
      if (current) result.push(current);
      current = { file, lines: [] };
    }
    if (current) current.lines.push(line.trim().replace(/^- /, ''));
  }
  if (current) result.push(current);
  return result;
}

function readable(record) {
  // The fields a person reads: titles, labels, descriptions, amounts, with the document they come from.
  const keep = record.lines.filter((l) => /^(title|label|description|text|answer|amount|value|email|phone|name|audience|condition|summary|source)\s*:/.test(l));
  return (keep.length ? keep : record.lines.slice(0, 6)).map((l) => l.replace(/"/g, '')).join('\n');
}

class Knowledge {
  constructor(folder) {
    this.records = [];
    this.sessions = [];
    for (const file of yamlFiles(folder)) {
      const text = fs.readFileSync(file, 'utf8');
      if (file.includes(`${path.sep}plannings${path.sep}`)) {
        this.readPlanning(text);
        continue;
      }
      this.records.push(...records(text, path.basename(file)));
    }
    const df = new Map();
    for (const r of this.records) {
      r.words = new Set(words(r.lines.join(' ')));
      for (const w of r.words) df.set(w, (df.get(w) || 0) + 1);
    }
    this.idf = new Map([...df].map(([w, n]) => [w, Math.log(this.records.length / n)]));
    this.index = new Map();
    this.records.forEach((r, i) => {
      for (const w of r.words) {
        if (!this.index.has(w)) this.index.set(w, []);
        this.index.get(w).push(i);
      }
    });
    this.sessions.sort((a, b) => a.date.localeCompare(b.date));
  }

  readPlanning(text) {
    const id = (text.match(/^\s*id:\s*(\S+)/m) || [])[1] || '';
    const hours = (text.match(/weekdays:\s*"([^"]+)"/) || [])[1] || '';
    for (const m of text.matchAll(/date:\s*(\d{4}-\d{2}-\d{2}).*?ue:\s*(\w+)/g)) {
      this.sessions.push({ planning: id, date: m[1], ue: m[2], hours });
    }
  }

  /** The best record for a question, or null. */
  answer(question) {
    const scores = new Map();
    for (const w of new Set(words(question))) {
      const idf = this.idf.get(w);
      if (!idf) continue;
      for (const i of this.index.get(w)) scores.set(i, (scores.get(i) || 0) + idf);
    }
    let best = -1;
    let bestScore = 0;
    for (const [i, s] of scores) {
      if (s > bestScore) {
        best = i;
        bestScore = s;
      }
    }
    return best < 0 ? null : { text: readable(this.records[best]), source: this.records[best].file };
  }

  /** Classes of the planning whose id has every given word, from the given day on. */
  nextSessions(planningWords, fromDate, count) {
    return this.sessions.filter((s) => s.date >= fromDate && planningWords.every((w) => s.planning.includes(w))).slice(0, count);
  }
}

module.exports = { Knowledge, fold };
