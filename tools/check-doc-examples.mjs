// Every public value (function, class, constant) must carry an @example in its doc comment.
// Reads the JSON that `typedoc` writes next to the HTML reference (typedoc.json: "json").
import { readFileSync } from 'node:fs';

const KIND = { Function: 64, Variable: 32, Class: 128 };
const project = JSON.parse(readFileSync('docs/api/api.json', 'utf8'));
const hasExample = (comment) => comment?.blockTags?.some((tag) => tag.tag === '@example') ?? false;
const missing = new Set();
let checked = 0;
const visit = (node, where) => {
  for (const child of node.children ?? []) {
    if (child.kind === KIND.Function) {
      checked++;
      if (!(child.signatures ?? []).some((s) => hasExample(s.comment)))
        missing.add(`${where}: ${child.name}`);
    } else if (child.kind === KIND.Variable || child.kind === KIND.Class) {
      checked++;
      if (!hasExample(child.comment)) missing.add(`${where}: ${child.name}`);
    } else if (child.kind === 2 /* Module */) {
      visit(child, child.name);
    }
  }
};
visit(project, project.name);
if (missing.size > 0) {
  console.error(`docs: ${missing.size} public value(s) without an @example:\n- ${[...missing].join('\n- ')}`);
  process.exit(1);
}
console.log(`docs: all ${checked} public values have an @example`);
