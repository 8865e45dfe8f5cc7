// `npm run diagram`: writes docs/dialogue.md, the Mermaid diagram generated from the dialogue statechart.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dialogueDocument } from '../machines/dialogueDocument';

const path = join(__dirname, '..', 'docs', 'dialogue.md');
writeFileSync(path, dialogueDocument());
console.log(`wrote ${path}`);
